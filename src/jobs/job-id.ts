import { createHash } from 'node:crypto';

/**
 * A job id (UUID-shaped) derived from what the job is for. pg-boss refuses a second job with the
 * id of one it still holds, so sending the same job again — after a crash, at every start — is harmless.
 */
export function jobIdFor(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  // Version 5 and the RFC 4122 variant, so the id reads as a name-based UUID.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
