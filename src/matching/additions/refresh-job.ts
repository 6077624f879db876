import type { DbOrTx } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { refreshAllMatchProfiles } from '../store/refresh.ts';
import { syncTaxonomyAdditions } from './sync.ts';
import { additionsVersionOf, markProfilesRefreshed } from './version.ts';

/** Recomputes every member's match profile after the additions changed (durable, runs once per job). */
export const refreshMatchProfilesQueue = 'matching.refresh-profiles';

/** Asks for match profiles to be recomputed with the additions of `version`. Never inside a transaction. */
export async function queueMatchProfileRefresh(jobs: JobQueue, version: number): Promise<void> {
  await jobs.send(refreshMatchProfilesQueue, { version });
}

/**
 * The job handler. A burst of changes queues several jobs; the first to run recomputes with the
 * latest additions and the others find nothing left to do.
 */
export function refreshMatchProfilesAfterChange(db: DbOrTx) {
  return async ({ version }: { version: number }) => {
    const current = await syncTaxonomyAdditions(db);
    if ((await additionsVersionOf(db)).refreshedVersion >= version) return;
    await refreshAllMatchProfiles(db);
    await markProfilesRefreshed(db, current);
  };
}

/** At start: a change whose recomputation was never queued (a crash right after it) is queued now. */
export async function queueMissedMatchProfileRefresh(db: DbOrTx, jobs: JobQueue): Promise<void> {
  const { version, refreshedVersion } = await additionsVersionOf(db);
  if (refreshedVersion < version) await queueMatchProfileRefresh(jobs, version);
}
