import { and, count, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { inMonthRange, monthOf, type MonthRange } from '../db/months.ts';
import { involving, otherSide } from './pair.ts';
import { blocks, connections } from './tables.ts';

/** How a member stands with another, as Discover and member cards show it. */
export type ConnectionState = 'connected' | 'pending-outgoing' | 'pending-incoming';

/** `column = ANY($ids)`: one parameter however many ids (an IN list is capped by the protocol). */
const anyOf = (column: unknown, ids: string[]): SQL => sql`${column} = ANY(${sql.param(ids)}::uuid[])`;

const live = inArray(connections.status, ['pending', 'accepted']);

/** The state of each of `otherIds` relative to `userId`; members with nothing between them are absent. */
export async function connectionStatesFor(db: DbOrTx, userId: string, otherIds: string[]): Promise<Map<string, ConnectionState>> {
  if (!otherIds.length) return new Map();
  const rows = await db
    .select({ requesterId: connections.requesterId, addresseeId: connections.addresseeId, status: connections.status })
    .from(connections)
    .where(
      and(
        live,
        or(
          and(eq(connections.requesterId, userId), anyOf(connections.addresseeId, otherIds)),
          and(eq(connections.addresseeId, userId), anyOf(connections.requesterId, otherIds)),
        ),
      ),
    );
  return new Map(
    rows.map((row) => [
      otherSide(row, userId),
      row.status === 'accepted' ? 'connected' : row.requesterId === userId ? 'pending-outgoing' : 'pending-incoming',
    ]),
  );
}

/** Everyone `userId` is connected with (accepted connections). */
export async function connectedIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ requesterId: connections.requesterId, addresseeId: connections.addresseeId })
    .from(connections)
    .where(and(involving(userId), eq(connections.status, 'accepted')));
  return rows.map((row) => otherSide(row, userId));
}

/** When each of the member's accepted connections made since `since` was accepted. */
export async function connectionsMadeSince(db: DbOrTx, userId: string, since: Date): Promise<Date[]> {
  const rows = await db
    .select({ at: connections.respondedAt })
    .from(connections)
    .where(and(involving(userId), eq(connections.status, 'accepted'), gte(connections.respondedAt, since)));
  return rows.map((row) => row.at!);
}

/**
 * How many accepted connections `userId` shares with each of `otherIds` — or, without them, with
 * everyone who shares any (friends of friends; bounded by the member's network, not the
 * community) — in one query that walks the two lookup indexes (by requester, by addressee) rather
 * than the whole table. Members with none, and `userId`, are absent from the map.
 */
export async function mutualConnectionCounts(db: DbOrTx, userId: string, otherIds?: string[]): Promise<Map<string, number>> {
  if (otherIds && !otherIds.length) return new Map();
  const among = (column: SQL) => (otherIds ? sql`AND ${anyOf(column, otherIds)}` : sql``);
  const result = (await db.execute(sql`
    WITH mine AS (
      SELECT addressee_id AS id FROM ${connections} WHERE requester_id = ${userId} AND status = 'accepted'
      UNION ALL
      SELECT requester_id FROM ${connections} WHERE addressee_id = ${userId} AND status = 'accepted'
    )
    SELECT other_id, count(*)::int AS shared FROM (
      SELECT c.requester_id AS other_id FROM ${connections} c JOIN mine ON mine.id = c.addressee_id
      WHERE c.status = 'accepted' ${among(sql`c.requester_id`)}
      UNION ALL
      SELECT c.addressee_id FROM ${connections} c JOIN mine ON mine.id = c.requester_id
      WHERE c.status = 'accepted' ${among(sql`c.addressee_id`)}
    ) AS shared_contacts
    WHERE other_id <> ${userId}
    GROUP BY other_id`)) as unknown as { rows: { other_id: string; shared: number }[] };
  return new Map(result.rows.map((row) => [row.other_id, row.shared]));
}

/** How many accepted connections the instance has, and how many were accepted in each month of the range (the instance dashboard). */
export async function acceptedConnectionsPerMonth(db: DbOrTx, range: MonthRange): Promise<{ total: number; months: Map<string, number> }> {
  const accepted = eq(connections.status, 'accepted');
  const [all] = await db.select({ n: count() }).from(connections).where(accepted);
  const rows = await db
    .select({ month: monthOf(connections.respondedAt, range), n: count() })
    .from(connections)
    .where(and(accepted, inMonthRange(connections.respondedAt, range)))
    .groupBy(sql`1`);
  return { total: all?.n ?? 0, months: new Map(rows.map((row) => [row.month, row.n])) };
}

/** Every accepted connection as a pair of member ids, for batch work over the whole community. */
export async function acceptedConnectionPairs(db: DbOrTx): Promise<[string, string][]> {
  const rows = await db
    .select({ requesterId: connections.requesterId, addresseeId: connections.addresseeId })
    .from(connections)
    .where(eq(connections.status, 'accepted'));
  return rows.map((row) => [row.requesterId, row.addresseeId]);
}

/** Every block as a pair (blocker, blocked), for batch work over the whole community. */
export async function blockPairs(db: DbOrTx): Promise<[string, string][]> {
  const rows = await db.select({ blockerId: blocks.blockerId, blockedId: blocks.blockedId }).from(blocks);
  return rows.map((row) => [row.blockerId, row.blockedId]);
}
