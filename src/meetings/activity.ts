import { and, asc, desc, eq, gt, gte, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { otherParty } from './meeting-store.ts';
import type { LocalDate } from './scheduling/zoned-time.ts';
import { held } from './held-meetings.ts';
import { meetingNotes, meetings } from './tables.ts';

/** What other domains (the coach's weekly plan) read about a member's meetings. */

const ofMember = (userId: string) => or(eq(meetings.proposerId, userId), eq(meetings.inviteeId, userId));

export interface DatedNextStep {
  meetingId: string;
  otherId: string;
  nextStep: string;
  nextStepAt: LocalDate;
}

/** The next steps the member noted with a date from `from` to `to`, earliest date first. */
export async function datedNextSteps(db: DbOrTx, userId: string, range: { from: LocalDate; to: LocalDate }): Promise<DatedNextStep[]> {
  const rows = await db
    .select({ notes: meetingNotes, meeting: meetings })
    .from(meetingNotes)
    .innerJoin(meetings, eq(meetings.id, meetingNotes.meetingId))
    .where(and(eq(meetingNotes.userId, userId), gte(meetingNotes.nextStepAt, range.from), lte(meetingNotes.nextStepAt, range.to)))
    .orderBy(asc(meetingNotes.nextStepAt), asc(meetingNotes.meetingId));
  return rows.map(({ notes, meeting }) => ({
    meetingId: meeting.id,
    otherId: otherParty(meeting, userId),
    nextStep: notes.nextStep,
    nextStepAt: notes.nextStepAt!,
  }));
}

/** The meetings on which the member noted what the other member needs, latest notes first. */
export async function meetingsWithNotedNeeds(db: DbOrTx, userId: string, limit: number): Promise<{ meetingId: string; otherId: string }[]> {
  const rows = await db
    .select({ meeting: meetings })
    .from(meetingNotes)
    .innerJoin(meetings, eq(meetings.id, meetingNotes.meetingId))
    .where(and(eq(meetingNotes.userId, userId), sql`cardinality(${meetingNotes.theirNeeds}) > 0`))
    .orderBy(desc(meetingNotes.updatedAt))
    .limit(limit);
  return rows.map(({ meeting }) => ({ meetingId: meeting.id, otherId: otherParty(meeting, userId) }));
}

/** The members with whom the member has a proposal open or an agreed meeting still ahead. */
export async function openMeetingPartners(db: DbOrTx, userId: string, now: Date): Promise<Set<string>> {
  const rows = await db
    .select()
    .from(meetings)
    .where(and(ofMember(userId), or(eq(meetings.status, 'proposed'), and(eq(meetings.status, 'accepted'), gt(meetings.endsAt, now)))));
  return new Set(rows.map((row) => otherParty(row, userId)));
}

/**
 * When each meeting the member held since `since` began (held as the instance counts it: agreed,
 * over by `now`, and no no-show reported by either member).
 */
export async function meetingsHeldSince(db: DbOrTx, userId: string, since: Date, now: Date): Promise<Date[]> {
  const rows = await db
    .select({ startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(ofMember(userId), held(now), gte(meetings.startsAt, since)));
  return rows.map((row) => row.startsAt!);
}
