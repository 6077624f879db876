import type { Logger } from 'pino';
import type { DbOrTx } from '../../db/database.ts';
import { installedAdditionsVersion, installTaxonomyAdditions } from '../indexes.ts';
import { storedAdditions } from './store.ts';
import { additionsVersionOf } from './version.ts';

/**
 * Brings this process's taxonomy up to date with the additions stored in the database: one tiny
 * read when nothing changed; otherwise the additions are loaded and the indexes rebuilt on next use.
 * `force` loads them whatever version is installed (at start, when the database may be another one).
 * Returns the version now current.
 */
export async function syncTaxonomyAdditions(db: DbOrTx, { force = false } = {}): Promise<number> {
  // The version is read first: additions read afterwards are at least that recent.
  const { version } = await additionsVersionOf(db);
  const installed = installedAdditionsVersion();
  if (!force && installed !== undefined && version <= installed) return installed;
  const additions = await storedAdditions(db);
  // A slower, older read must not replace a newer one installed meanwhile.
  const latest = installedAdditionsVersion();
  if (force || latest === undefined || version > latest) installTaxonomyAdditions(additions, version);
  return version;
}

const additionsPollIntervalMs = 15_000;

/**
 * How instances pick up additions made through another one: a version check every
 * `intervalMs`. Returns the function that stops polling (waiting for a check in progress).
 */
export function pollTaxonomyAdditions(db: DbOrTx, log: Logger, intervalMs = additionsPollIntervalMs): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = syncTaxonomyAdditions(db).catch((error: unknown) => log.warn({ err: error }, 'taxonomy additions check failed'));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
