import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes), which meet OWASP's recommendation. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    // Spend the same time as a real check, so timing does not reveal which accounts exist.
    await argon2.hash(password, { type: argon2.argon2id });
    return false;
  }
  return argon2.verify(hash, password);
}
