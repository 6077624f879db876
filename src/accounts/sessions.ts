import { and, eq, gt, ne } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database.ts';
import { sessions, users } from './tables.ts';
import { hashToken, newSecretToken } from './tokens.ts';

export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;

export type SessionUser = typeof users.$inferSelect;

export async function createSession(db: DbOrTx, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + sessionLifetimeMs);
  await db.insert(sessions).values({ idHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function userForSession(db: Db, token: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, hashToken(token)), gt(sessions.expiresAt, new Date())));
  return row?.user ?? null;
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

/** Ends every session of a user but, optionally, the one in use (after a password change). */
export async function deleteSessionsOf(db: DbOrTx, userId: string, except?: string): Promise<void> {
  const mine = eq(sessions.userId, userId);
  await db.delete(sessions).where(except ? and(mine, ne(sessions.idHash, hashToken(except))) : mine);
}
