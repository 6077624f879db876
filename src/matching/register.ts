import type { Logger } from 'pino';
import type { DbOrTx } from '../db/database.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { onProfilesSaved } from '../profiles/profile-events.ts';
import { queueMissedMatchProfileRefresh, refreshMatchProfilesAfterChange, refreshMatchProfilesQueue } from './additions/refresh-job.ts';
import { pollTaxonomyAdditions, syncTaxonomyAdditions } from './additions/sync.ts';
import { currentPool } from './pool/pool-store.ts';
import { backfillMatchProfiles, refreshMatchProfiles } from './store/refresh.ts';

/** Keeps match profiles in step with every profile save, in the same transaction. Idempotent. */
export function registerMatching(): void {
  onProfilesSaved(refreshMatchProfiles);
}

/**
 * Before serving or running a command on a migrated database: listens to profile saves, installs
 * the administrators' additions to the taxonomy and creates the match profiles that are missing.
 */
export async function prepareMatching(db: DbOrTx): Promise<void> {
  registerMatching();
  await syncTaxonomyAdditions(db, { force: true });
  await backfillMatchProfiles(db);
}

/**
 * Once the job queue runs: match profiles are recomputed after each change to the additions, and
 * changes made through other instances are picked up. Returns the function that stops following them.
 */
export async function followTaxonomyAdditions(db: DbOrTx, jobs: JobQueue, log: Logger): Promise<() => Promise<void>> {
  await jobs.handle(refreshMatchProfilesQueue, refreshMatchProfilesAfterChange(db));
  await queueMissedMatchProfileRefresh(db, jobs);
  return pollTaxonomyAdditions(db, log);
}

/** Loads the member pool Discover ranks from, so the first request does not wait for it. */
export async function warmUpMatching(db: DbOrTx): Promise<void> {
  await currentPool(db);
}
