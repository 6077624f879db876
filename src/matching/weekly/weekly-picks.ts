import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { acceptedConnectionPairs, blockPairs } from '../../connections/network.ts';
import type { DbOrTx } from '../../db/database.ts';
import { currentPool } from '../pool/pool-store.ts';
import { everyonesFeedback } from '../store/feedback.ts';
import { computePicks, type PicksTask, type WeeklyPicks } from './compute-picks.ts';

export type { WeeklyPicks };

export interface WeeklyBatchOptions {
  /** Picks per member. */
  limit?: number;
  /** Threads to rank with; every core by default. */
  threads?: number;
  now?: Date;
  /** Receives the picks a chunk at a time, in no particular member order. */
  onPicks?: (picks: WeeklyPicks[]) => void;
}

/**
 * Every member's top picks at once (the weekly batch): the member pool and the whole network are
 * read from the database once, then the members are ranked in parallel, each thread on its own
 * copy of the pool. The same ranking as recommendFor, without a database round trip per member.
 */
export async function computeWeeklyPicks(db: DbOrTx, { limit = 10, threads = os.availableParallelism(), now = new Date(), onPicks }: WeeklyBatchOptions = {}) {
  const pool = await currentPool(db);
  const entries = pool.entries();
  const network = {
    connections: await acceptedConnectionPairs(db),
    blocks: await blockPairs(db),
    feedback: await everyonesFeedback(db),
  };
  const viewers = entries.map((entry) => entry.profile.id);
  let members = 0;
  const deliver = (picks: WeeklyPicks[]) => {
    members += picks.length;
    onPicks?.(picks);
  };
  const shares = Math.max(1, Math.min(threads, viewers.length));
  if (shares === 1) {
    computePicks(pool, { entries: [], network, viewers, limit, now }, deliver);
  } else {
    // Interleaved shares, so each thread gets a like mix of busy and quiet members.
    const tasks = Array.from({ length: shares }, (_, i): PicksTask => ({
      entries, network, limit, now, viewers: viewers.filter((_, j) => j % shares === i),
    }));
    await Promise.all(tasks.map((task) => runWorker(task, deliver)));
  }
  return { members, threads: shares };
}

function runWorker(task: PicksTask, deliver: (picks: WeeklyPicks[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./weekly-thread.mjs', import.meta.url), { workerData: task });
    worker.on('message', (message: { picks?: WeeklyPicks[]; done?: boolean }) => {
      if (message.picks) deliver(message.picks);
      if (message.done) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`weekly batch thread exited with ${code}`))));
  });
}
