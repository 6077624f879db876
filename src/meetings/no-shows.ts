import { and, count, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { meetingNotes, meetings } from './tables.ts';

// The member a note's no-show is about: the other one of the meeting.
const absentee = sql<string>`CASE WHEN ${meetingNotes.userId} = ${meetings.proposerId} THEN ${meetings.inviteeId} ELSE ${meetings.proposerId} END`;

/**
 * How many meetings each member missed, as the other member reported in their notes: one per
 * meeting (one note per member and meeting). Only agreed meetings that have begun count, so a
 * flag on a proposal never held cannot harm anyone.
 */
export async function noShowCounts(db: DbOrTx, userIds: string[], now = new Date()): Promise<Map<string, number>> {
  const counts = new Map(userIds.map((id) => [id, 0]));
  if (!userIds.length) return counts;
  const rows = await db
    .select({ userId: absentee, missed: count() })
    .from(meetingNotes)
    .innerJoin(meetings, eq(meetings.id, meetingNotes.meetingId))
    .where(and(eq(meetingNotes.noShow, true), eq(meetings.status, 'accepted'), lte(meetings.startsAt, now), inArray(absentee, userIds)))
    .groupBy(absentee);
  for (const row of rows) counts.set(row.userId, row.missed);
  return counts;
}
