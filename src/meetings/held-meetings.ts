import { and, count, eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { inMonthRange, monthOf, type MonthRange } from '../db/months.ts';
import { meetingNotes, meetings } from './tables.ts';

/** Held: agreed, over by `now`, and neither member reported that the other did not show up. */
export const held = (now: Date) =>
  and(
    eq(meetings.status, 'accepted'),
    lte(meetings.endsAt, now),
    sql`NOT EXISTS (SELECT 1 FROM ${meetingNotes} WHERE ${meetingNotes.meetingId} = ${meetings.id} AND ${meetingNotes.noShow})`,
  );

/**
 * How many meetings the instance has held, and how many in each month of the range by when they
 * ended (the instance dashboard; a member's own are in activity.ts, meetingsHeldSince).
 */
export async function meetingsHeldPerMonth(db: DbOrTx, range: MonthRange, now = new Date()): Promise<{ total: number; months: Map<string, number> }> {
  const [all] = await db.select({ n: count() }).from(meetings).where(held(now));
  const rows = await db
    .select({ month: monthOf(meetings.endsAt, range), n: count() })
    .from(meetings)
    .where(and(held(now), inMonthRange(meetings.endsAt, range)))
    .groupBy(sql`1`);
  return { total: all?.n ?? 0, months: new Map(rows.map((row) => [row.month, row.n])) };
}
