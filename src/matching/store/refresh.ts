import { count, inArray, sql } from 'drizzle-orm';
import { accountsByIds } from '../../accounts/accounts.ts';
import { extraCommunitySlugsOf, inDefaultCommunity } from '../../communities/communities.ts';
import type { DbOrTx } from '../../db/database.ts';
import { defaultLocale } from '../../i18n/locale.ts';
import { countProfiles, profileIdsAfter, profilesOf } from '../../profiles/profiles.ts';
import { conceptIndex, relationIndex } from '../indexes.ts';
import { correctionsOf } from './corrections.ts';
import { toMatchProfileRow } from './match-profile-row.ts';
import { matchProfiles } from './tables.ts';

const batchSize = 500;

/** Recomputes these members' match profiles from their profiles, in one upsert. Ids without a profile are skipped. */
export async function refreshMatchProfiles(db: DbOrTx, userIds: string[]): Promise<void> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return;
  const profiles = await profilesOf(db, ids);
  const accounts = await accountsByIds(db, ids);
  const communities = await extraCommunitySlugsOf(db, ids);
  const inDefault = await inDefaultCommunity(db, ids);
  const corrections = await correctionsOf(db, ids);
  const now = new Date();
  const rows = [...profiles.values()].map((profile) =>
    toMatchProfileRow(
      {
        profile,
        locale: accounts.get(profile.userId)?.locale ?? defaultLocale,
        communities: communities.get(profile.userId) ?? [],
        inDefaultCommunity: inDefault.has(profile.userId),
        corrections: corrections.get(profile.userId)!,
      },
      conceptIndex(),
      relationIndex(),
      now,
    ),
  );
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!).filter((key) => key !== 'userId') as (keyof typeof matchProfiles.$inferInsert)[];
  await db
    .insert(matchProfiles)
    .values(rows)
    .onConflictDoUpdate({
      target: matchProfiles.userId,
      set: {
        ...Object.fromEntries(columns.map((key) => [key, sql.raw(`excluded.${matchProfiles[key].name}`)])),
        // What member pools read to catch up (see pool/pool-store.ts); inserts get it by default.
        changedIn: sql`pg_current_xact_id()`,
      },
    });
}

async function forEachProfileBatch(db: DbOrTx, work: (userIds: string[]) => Promise<void>): Promise<void> {
  for (let ids = await profileIdsAfter(db, { limit: batchSize }); ids.length; ids = await profileIdsAfter(db, { after: ids.at(-1)!, limit: batchSize }))
    await work(ids);
}

/** Recomputes every member's match profile, a batch at a time (after a taxonomy change). Returns how many. */
export async function refreshAllMatchProfiles(db: DbOrTx): Promise<number> {
  let done = 0;
  await forEachProfileBatch(db, async (ids) => {
    await refreshMatchProfiles(db, ids);
    done += ids.length;
  });
  return done;
}

/**
 * Creates the match profiles that are missing (matching newly installed, or members saved while
 * nothing listened). Cheap when none are: two counts.
 */
export async function backfillMatchProfiles(db: DbOrTx): Promise<number> {
  const [stored] = await db.select({ n: count() }).from(matchProfiles);
  if ((stored?.n ?? 0) >= (await countProfiles(db))) return 0;
  let created = 0;
  await forEachProfileBatch(db, async (ids) => {
    const rows = await db.select({ userId: matchProfiles.userId }).from(matchProfiles).where(inArray(matchProfiles.userId, ids));
    const present = new Set(rows.map((row) => row.userId));
    const missing = ids.filter((id) => !present.has(id));
    await refreshMatchProfiles(db, missing);
    created += missing.length;
  });
  return created;
}
