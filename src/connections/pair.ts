import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { connections } from './tables.ts';

// Advisory-lock class for member pairs; the two-key form never collides with one-key locks (migrations).
const pairLockClass = 48_201;

/**
 * Serialises, until the transaction ends, every change to one pair of members (requests, blocks), so
 * a request sees the other member's simultaneous request and accepts it instead of failing. The
 * unique index on the pair stays the guarantee; this lock turns its conflicts into the right answer.
 */
export async function lockPair(tx: DbOrTx, a: string, b: string): Promise<void> {
  const [low, high] = a < b ? [a, b] : [b, a];
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${pairLockClass}::int, hashtext(${`${low}:${high}`}))`);
}

/** The connection rows between two members, whichever asked. */
export function betweenPair(a: string, b: string): SQL {
  return or(
    and(eq(connections.requesterId, a), eq(connections.addresseeId, b)),
    and(eq(connections.requesterId, b), eq(connections.addresseeId, a)),
  )!;
}

/** The connection rows that involve this member on either side. */
export function involving(userId: string): SQL {
  return or(eq(connections.requesterId, userId), eq(connections.addresseeId, userId))!;
}

/** The other member of a connection, seen from `userId`. */
export const otherSide = (row: { requesterId: string; addresseeId: string }, userId: string) =>
  row.requesterId === userId ? row.addresseeId : row.requesterId;
