import { asc, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { relationIndex } from '../indexes.ts';
import type { MatchProfile } from '../ranking/types.ts';
import { rankingColumns, toMatchProfile } from '../store/match-profile-row.ts';
import { matchProfileOf } from '../store/match-profiles.ts';
import { matchProfiles } from '../store/tables.ts';
import { MemberPool, type PoolEntry } from './member-pool.ts';

const loadBatch = 5_000;

interface PoolState {
  pool: MemberPool;
  /**
   * The oldest transaction still running when the pool last read (pg_snapshot_xmin): every row
   * written since then carries this id or a later one, whatever order the writers commit in.
   */
  horizon: string;
  /** Refreshes run one after another, each reading what was committed before it was asked for. */
  queue: Promise<void>;
}

const poolsByDatabase = new WeakMap<object, Promise<PoolState>>();

const columns = {
  ...rankingColumns,
  visibility: matchProfiles.visibility,
  inDefaultCommunity: matchProfiles.inDefaultCommunity,
  changedIn: matchProfiles.changedIn,
};
type PoolRow = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] };

function toPoolEntries(rows: PoolRow[]) {
  return rows.map((row): PoolEntry => ({
    profile: toMatchProfile(row), version: row.changedIn, visibility: row.visibility, inDefaultCommunity: row.inDefaultCommunity,
  }));
}

async function currentHorizon(db: DbOrTx): Promise<string> {
  const [row] = await db.execute(sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`).then(
    (result) => (result as unknown as { rows: { horizon: string }[] }).rows,
  );
  return row!.horizon;
}

async function loadPool(db: DbOrTx): Promise<PoolState> {
  const horizon = await currentHorizon(db);
  const pool = new MemberPool(relationIndex());
  // A page at a time by id, so a large community is never one huge result.
  for (let after: string | undefined; ;) {
    const rows: PoolRow[] = await db
      .select(columns)
      .from(matchProfiles)
      .where(after ? gt(matchProfiles.userId, after) : undefined)
      .orderBy(asc(matchProfiles.userId))
      .limit(loadBatch);
    pool.upsert(toPoolEntries(rows));
    if (rows.length < loadBatch) break;
    after = rows.at(-1)!.userId;
  }
  return { pool, horizon, queue: Promise.resolve() };
}

async function refresh(db: DbOrTx, state: PoolState): Promise<void> {
  const horizon = await currentHorizon(db);
  const rows: PoolRow[] = await db.select(columns).from(matchProfiles).where(sql`${matchProfiles.changedIn} >= ${state.horizon}::xid8`);
  // Rows of transactions still running last time come again; those already held are skipped.
  state.pool.upsert(toPoolEntries(rows.filter((row) => state.pool.version(row.userId) !== row.changedIn)));
  state.horizon = horizon;
}

/**
 * Every member's match profile, in memory, as of now: loaded on first use (seconds for 100,000
 * members), then brought up to date on each call by reading only the rows written since — by this
 * instance or any other. Rebuilt when the taxonomy changes. One pool per database handle; members
 * whose match profile goes away (account deleted) leave it on the next load.
 */
export async function currentPool(db: DbOrTx): Promise<MemberPool> {
  let loading = poolsByDatabase.get(db);
  if (!loading) {
    loading = loadPool(db);
    poolsByDatabase.set(db, loading);
    loading.catch(() => poolsByDatabase.delete(db));
  }
  const state = await loading;
  if (state.pool.relations !== relationIndex()) {
    poolsByDatabase.delete(db);
    return currentPool(db);
  }
  const done = state.queue.then(() => refresh(db, state));
  state.queue = done.catch(() => undefined);
  await done;
  return state.pool;
}

/**
 * A member's match profile from a pool currentPool just brought up to date — no query — or, when the
 * pool lacks it (saved before matching listened), computed from the database.
 */
export async function matchProfileFrom(pool: MemberPool, db: DbOrTx, userId: string): Promise<MatchProfile | undefined> {
  const slot = pool.slotOf(userId);
  return (slot === undefined ? undefined : pool.member(slot)?.profile) ?? (await matchProfileOf(db, userId));
}
