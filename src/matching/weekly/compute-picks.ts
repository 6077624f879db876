import type { MemberPool, PoolEntry } from '../pool/member-pool.ts';
import { topMatches } from '../pool/top-matches.ts';
import type { MatchRelation } from '../ranking/types.ts';
import { indexNetwork, situationOf, type NetworkFacts } from './network-facts.ts';

/** One member's picks of the week, best first. */
export interface WeeklyPicks {
  userId: string;
  picks: { userId: string; score: number; relation: MatchRelation }[];
}

/** What one thread of the batch is given: the community, the network, and its share of viewers. */
export interface PicksTask {
  entries: PoolEntry[];
  network: NetworkFacts;
  viewers: string[];
  limit: number;
  now: Date;
}

// Results go back in chunks: fewer messages, and the caller sees progress.
const chunkSize = 500;

/** Every given viewer's top `limit` from the pool, handed over a chunk at a time. */
export function computePicks(pool: MemberPool, task: PicksTask, deliver: (picks: WeeklyPicks[]) => void): void {
  const network = indexNetwork(task.network);
  let chunk: WeeklyPicks[] = [];
  for (const userId of task.viewers) {
    const slot = pool.slotOf(userId);
    const viewer = slot === undefined ? undefined : pool.member(slot);
    if (!viewer) continue;
    const { ranked } = topMatches(pool, { viewer: viewer.profile, k: task.limit, now: task.now, ...situationOf(userId, network) });
    chunk.push({ userId, picks: ranked.map(({ id, score, relation }) => ({ userId: id, score, relation })) });
    if (chunk.length >= chunkSize) {
      deliver(chunk);
      chunk = [];
    }
  }
  if (chunk.length) deliver(chunk);
}
