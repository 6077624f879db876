import type { AppContext } from '../app-context.ts';
import type { DbOrTx } from '../db/database.ts';
import { dispatchEmails } from '../mail/mailer.ts';
import type { MeetingRow } from './meeting-store.ts';
import { storeChangeEmails, type MeetingChange } from './notifications.ts';
import { scheduleReminders } from './reminders.ts';

/**
 * Runs one meeting action as one transaction — the change, its history entry and the emails to both
 * members — then, once committed, enqueues the deliveries and, for an accepted meeting, its reminders.
 * Jobs are sent after the commit: on PGlite a job sent inside the transaction would wait for the
 * transaction's own connection.
 */
export async function commitChange(
  ctx: AppContext,
  work: (tx: DbOrTx, now: Date) => Promise<{ row: MeetingRow; change: MeetingChange }>,
): Promise<MeetingRow> {
  const now = new Date();
  const { row, emailIds } = await ctx.database.db.transaction(async (tx) => {
    const { row, change } = await work(tx, now);
    return { row, emailIds: await storeChangeEmails(tx, ctx.config.publicUrl, row, change, now) };
  });
  await dispatchEmails(ctx.jobs, emailIds);
  if (row.status === 'accepted') await scheduleReminders(ctx.jobs, row, now);
  return row;
}
