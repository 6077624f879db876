import { and, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { availabilitiesOf } from './availability-store.ts';
import type { MemberSchedule, TimeInterval } from './scheduling/types.ts';
import { DAY } from './scheduling/zoned-time.ts';
import { meetings } from './tables.ts';

/**
 * Holds, until the transaction ends, the right to book time for these members. Every acceptance
 * takes the locks of both its members in the same (id) order, so two acceptances sharing a member
 * run one after the other and the second sees the first's meeting: nobody is ever double-booked.
 * NO KEY UPDATE does not block inserts that merely reference the user.
 */
export async function lockMembersForBooking(tx: DbOrTx, userIds: string[]): Promise<void> {
  await tx.execute(sql`SELECT id FROM users WHERE id = ANY(${sql.param(userIds)}::uuid[]) ORDER BY id FOR NO KEY UPDATE`);
}

/** Accepted meetings of each member that end after `since`, leaving out `exceptMeetingId` (the one being moved). */
async function busyOf(db: DbOrTx, userIds: string[], since: Date, exceptMeetingId?: string): Promise<Map<string, TimeInterval[]>> {
  const rows = await db
    .select({ proposerId: meetings.proposerId, inviteeId: meetings.inviteeId, start: meetings.startsAt, end: meetings.endsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.status, 'accepted'),
        gt(meetings.endsAt, since),
        or(inArray(meetings.proposerId, userIds), inArray(meetings.inviteeId, userIds)),
        exceptMeetingId ? ne(meetings.id, exceptMeetingId) : undefined,
      ),
    );
  const busy = new Map<string, TimeInterval[]>(userIds.map((id) => [id, []]));
  for (const row of rows)
    for (const id of [row.proposerId, row.inviteeId]) busy.get(id)?.push({ start: row.start!, end: row.end! });
  return busy;
}

/** What slot finding needs of each member, in the order given (the proposer first). */
export async function schedulesOf(db: DbOrTx, userIds: string[], now: Date, exceptMeetingId?: string): Promise<MemberSchedule[]> {
  const availability = await availabilitiesOf(db, userIds);
  // A day back covers any buffer around a meeting that ended just before now.
  const busy = await busyOf(db, userIds, new Date(now.getTime() - DAY), exceptMeetingId);
  return userIds.map((id) => ({ availability: availability.get(id)!, busy: busy.get(id)! }));
}
