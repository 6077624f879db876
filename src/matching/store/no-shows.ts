import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { refreshMatchProfiles } from './refresh.ts';
import { matchProfiles } from './tables.ts';

/**
 * Stores how many meetings each member missed, in the reporting transaction, as the meetings domain
 * counts them; the new transaction id makes every member pool pick the change up.
 */
export async function saveNoShows(db: DbOrTx, counts: ReadonlyMap<string, number>): Promise<void> {
  for (const [userId, noShows] of counts) {
    const store = () =>
      db
        .update(matchProfiles)
        .set({ noShows, changedIn: sql`pg_current_xact_id()` })
        .where(eq(matchProfiles.userId, userId))
        .returning({ userId: matchProfiles.userId });
    if ((await store()).length) continue;
    // A member saved before matching listened has no match profile yet: create it, then store.
    await refreshMatchProfiles(db, [userId]);
    await store();
  }
}
