import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import type { MatchProfile } from '../ranking/types.ts';
import { rankingColumns, toMatchProfile } from './match-profile-row.ts';
import { refreshMatchProfiles } from './refresh.ts';
import { matchProfiles } from './tables.ts';

/** A member's match profile, computed on the spot if it is missing (saved before matching listened). */
export async function matchProfileOf(db: DbOrTx, userId: string): Promise<MatchProfile | undefined> {
  const load = async () => (await db.select(rankingColumns).from(matchProfiles).where(eq(matchProfiles.userId, userId)))[0];
  let row = await load();
  if (!row) {
    await refreshMatchProfiles(db, [userId]);
    row = await load();
  }
  return row && toMatchProfile(row);
}

export async function matchProfilesOf(db: DbOrTx, userIds: string[]): Promise<MatchProfile[]> {
  if (!userIds.length) return [];
  return (await db.select(rankingColumns).from(matchProfiles).where(inArray(matchProfiles.userId, userIds))).map(toMatchProfile);
}
