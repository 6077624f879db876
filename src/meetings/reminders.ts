import { and, eq, gt } from 'drizzle-orm';
import type { AppContext } from '../app-context.ts';
import type { DbOrTx } from '../db/database.ts';
import { jobIdFor } from '../jobs/job-id.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { dispatchEmails } from '../mail/mailer.ts';
import type { MeetingRow } from './meeting-store.ts';
import { reminderKinds, type ReminderKind } from './model.ts';
import { storeReminderEmails } from './notifications.ts';
import { HOUR } from './scheduling/zoned-time.ts';
import { meetingRemindersSent, meetings } from './tables.ts';

export const meetingReminderQueue = 'meeting.reminder';

/** How long before the meeting each reminder goes out. */
export const reminderLeads: Record<ReminderKind, number> = { '24h': 24 * HOUR, '1h': HOUR };

export interface ReminderJob {
  meetingId: string;
  kind: ReminderKind;
  /** The agreed start the reminder is for: a meeting moved since is not reminded of its old time. */
  startsAt: string;
}

/** Schedules the reminders of an accepted meeting that are still ahead (none 24 h before a meeting booked for tonight). */
export async function scheduleReminders(jobs: JobQueue, row: MeetingRow, now: Date): Promise<void> {
  if (row.status !== 'accepted' || !row.startsAt) return;
  for (const kind of reminderKinds) {
    const sendAt = row.startsAt.getTime() - reminderLeads[kind];
    if (sendAt <= now.getTime()) continue;
    const job: ReminderJob = { meetingId: row.id, kind, startsAt: row.startsAt.toISOString() };
    await jobs.send(meetingReminderQueue, job, { startAfter: new Date(sendAt), id: jobIdFor(`${meetingReminderQueue}:${row.id}:${kind}:${job.startsAt}`) });
  }
}

/**
 * Schedules the reminders of every accepted meeting still ahead, for a start after a crash that may
 * have come between a commit and its jobs. Reminders already scheduled keep their jobs (same ids).
 */
export async function scheduleMissingReminders(db: DbOrTx, jobs: JobQueue, now = new Date()): Promise<void> {
  const rows = await db.select().from(meetings).where(and(eq(meetings.status, 'accepted'), gt(meetings.startsAt, now)));
  for (const row of rows) await scheduleReminders(jobs, row, now);
}

/**
 * The job handler. It decides at run time: a meeting cancelled, moved or already begun gets nothing.
 * The reminder is claimed in meeting_reminders_sent in the same transaction that stores its emails,
 * so a job run twice (a retry, a restart after a crash) sends it once.
 */
export function sendMeetingReminder(ctx: AppContext) {
  return async ({ meetingId, kind, startsAt }: ReminderJob): Promise<void> => {
    const emailIds = await ctx.database.db.transaction(async (tx) => {
      const [row] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
      const start = new Date(startsAt);
      if (!row || row.status !== 'accepted' || row.startsAt?.getTime() !== start.getTime() || start.getTime() <= Date.now()) return [];
      const [claimed] = await tx
        .insert(meetingRemindersSent)
        .values({ meetingId, kind, startsAt: start })
        .onConflictDoNothing()
        .returning();
      return claimed ? storeReminderEmails(tx, ctx.config.publicUrl, row, kind) : [];
    });
    await dispatchEmails(ctx.jobs, emailIds);
  };
}
