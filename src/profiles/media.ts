import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { media } from './tables.ts';

const signatures: { type: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { type: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

/** The image type from the file's own bytes; what the browser claims is not trusted. */
export function sniffImageType(bytes: Buffer): string | undefined {
  return signatures.find((signature) => signature.test(bytes))?.type;
}

/** Stored in the database so every app instance can serve it. */
export async function storeImage(db: DbOrTx, ownerId: string, bytes: Buffer, contentType: string): Promise<string> {
  const [row] = await db.insert(media).values({ ownerId, bytes, contentType }).returning({ id: media.id });
  return row!.id;
}

export async function loadImage(db: DbOrTx, id: string) {
  const [row] = await db.select({ bytes: media.bytes, contentType: media.contentType }).from(media).where(eq(media.id, id));
  return row;
}
