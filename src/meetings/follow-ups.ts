import { and, eq, gte } from 'drizzle-orm';
import type { AppContext } from '../app-context.ts';
import { jobIdFor } from '../jobs/job-id.ts';
import { dispatchEmails } from '../mail/mailer.ts';
import { availabilityOf } from './availability-store.ts';
import type { NotesRow } from './notes-view.ts';
import { storeFollowUpEmail } from './notifications.ts';
import { DAY, HOUR, instantsReading, localDateOf, offsetSpans, wallMidnight, type LocalDate } from './scheduling/zoned-time.ts';
import { meetingNotes, meetingRemindersSent, meetings } from './tables.ts';

export const followUpQueue = 'meeting.follow-up';

export interface FollowUpJob {
  meetingId: string;
  userId: string;
  /** The next step's date the reminder is for: a date changed or cleared since gets nothing. */
  date: LocalDate;
}

const morning = 9 * HOUR;

/** 09:00 of a date on the member's clock (the first instant after it, should that hour not exist). */
export function morningOf(date: LocalDate, timeZone: string): Date {
  const wall = wallMidnight(date) + morning;
  const [reading] = instantsReading(wall, wall + HOUR, offsetSpans(timeZone, wall - DAY, wall + DAY));
  return new Date(reading!.start);
}

/**
 * Schedules the reminder of the next step the member just saved, on the morning of its date (at
 * once if that is today and the morning has passed; never for a date already gone). Called after
 * the commit; sending the same date again does nothing.
 */
export async function scheduleFollowUp(ctx: AppContext, notes: NotesRow, now: Date): Promise<void> {
  const date = notes.nextStepAt;
  if (!date) return;
  const { timeZone } = await availabilityOf(ctx.database.db, notes.userId);
  if (date < localDateOf(now.getTime(), timeZone)) return;
  const job: FollowUpJob = { meetingId: notes.meetingId, userId: notes.userId, date };
  await ctx.jobs.send(followUpQueue, job, {
    startAfter: morningOf(date, timeZone),
    id: jobIdFor(`${followUpQueue}:${job.meetingId}:${job.userId}:${date}`),
  });
}

/**
 * At start: schedules again the reminders of next steps still ahead, whose jobs a crash between a
 * commit and its jobs may have lost. A job still held keeps its id, so none is scheduled twice.
 */
export async function scheduleMissingFollowUps(ctx: AppContext, now = new Date()): Promise<void> {
  // From yesterday in UTC: today in any time zone is on or after it (scheduleFollowUp checks each member's).
  const rows = await ctx.database.db.select().from(meetingNotes).where(gte(meetingNotes.nextStepAt, localDateOf(now.getTime() - DAY, 'UTC')));
  for (const row of rows) await scheduleFollowUp(ctx, row, now);
}

/**
 * The job handler. It reads the notes at run time: only the date still noted is reminded. The
 * reminder is claimed in meeting_reminders_sent in the transaction that stores its email, so a job
 * run twice sends it once.
 */
export function sendFollowUp(ctx: AppContext) {
  return async ({ meetingId, userId, date }: FollowUpJob): Promise<void> => {
    const emailIds = await ctx.database.db.transaction(async (tx) => {
      const [notes] = await tx
        .select()
        .from(meetingNotes)
        .where(and(eq(meetingNotes.meetingId, meetingId), eq(meetingNotes.userId, userId)))
        .for('update');
      if (notes?.nextStepAt !== date) return [];
      const [claimed] = await tx
        .insert(meetingRemindersSent)
        .values({ meetingId, userId, kind: 'follow-up', startsAt: new Date(wallMidnight(date)) })
        .onConflictDoNothing()
        .returning();
      if (!claimed) return [];
      const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId));
      return [await storeFollowUpEmail(tx, ctx.config.publicUrl, meeting!, notes)];
    });
    await dispatchEmails(ctx.jobs, emailIds);
  };
}
