// A worker thread of the weekly batch (see weekly-picks.ts): builds its own member pool from the
// entries it is sent and computes the top picks of every viewer it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { relationIndex } from '../indexes.ts';
import { MemberPool } from '../pool/member-pool.ts';
import { computePicks, type PicksTask } from './compute-picks.ts';

const task = workerData as PicksTask;
const pool = new MemberPool(relationIndex(), task.entries);
computePicks(pool, task, (picks) => parentPort!.postMessage({ picks }));
parentPort!.postMessage({ done: true });
