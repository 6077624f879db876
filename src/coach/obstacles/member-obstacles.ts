import { and, eq, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { obstacleKeys, type ObstacleKey } from './obstacles.ts';
import { memberObstacles } from './tables.ts';

/** In the order the obstacles are offered, whatever the order they were chosen in. */
const inListOrder = (chosen: Iterable<ObstacleKey>): ObstacleKey[] => {
  const set = new Set(chosen);
  return obstacleKeys.filter((key) => set.has(key));
};

/** What the member said holds them back. */
export async function obstaclesOf(db: DbOrTx, userId: string): Promise<ObstacleKey[]> {
  const rows = await db.select({ obstacle: memberObstacles.obstacle }).from(memberObstacles).where(eq(memberObstacles.userId, userId));
  return inListOrder(rows.map((row) => row.obstacle));
}

/**
 * Replaces the member's answer with `chosen` (validated keys, no repeats), keeping when each
 * obstacle still chosen was first chosen.
 */
export async function saveObstacles(db: DbOrTx, userId: string, chosen: readonly ObstacleKey[]): Promise<ObstacleKey[]> {
  await db.transaction(async (tx) => {
    const others = chosen.length ? notInArray(memberObstacles.obstacle, [...chosen]) : undefined;
    await tx.delete(memberObstacles).where(and(eq(memberObstacles.userId, userId), others));
    if (chosen.length)
      await tx.insert(memberObstacles).values(chosen.map((obstacle) => ({ userId, obstacle }))).onConflictDoNothing();
  });
  return inListOrder(chosen);
}
