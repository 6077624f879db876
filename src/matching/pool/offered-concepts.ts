import type { DbOrTx } from '../../db/database.ts';
import { currentPool } from './pool-store.ts';

/**
 * Which of `memberIds` offer which of `conceptIds`, as matching reads their offers (their own
 * corrections included), from the member pool. For other domains that already know whom they ask
 * about — a member's connections, for "who in my network offers this?" after a meeting — and so
 * leave visibility and blocks to the caller. Members offering none of the concepts are absent.
 */
export async function conceptsOfferedBy(db: DbOrTx, memberIds: readonly string[], conceptIds: readonly string[]): Promise<Map<string, string[]>> {
  const offered = new Map<string, string[]>();
  if (!memberIds.length || !conceptIds.length) return offered;
  const pool = await currentPool(db);
  const wanted = new Set(conceptIds);
  for (const id of memberIds) {
    const slot = pool.slotOf(id);
    const concepts = slot === undefined ? [] : pool.member(slot)!.profile.offerConcepts.filter((concept) => wanted.has(concept));
    if (concepts.length) offered.set(id, concepts);
  }
  return offered;
}
