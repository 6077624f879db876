import { and, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { dispatchEmails } from './mailer.ts';
import { outboundEmails } from './tables.ts';

/**
 * Enqueues again the delivery of emails still pending a while after they were stored: a process that
 * died between committing an email and enqueueing its job left it with none. Younger ones are left
 * alone (their job may be on its way); an email whose job is still held is not enqueued twice.
 */
export async function redispatchPendingEmails(db: DbOrTx, jobs: JobQueue, now = new Date(), graceMs = 60_000): Promise<number> {
  const rows = await db
    .select({ id: outboundEmails.id })
    .from(outboundEmails)
    .where(and(eq(outboundEmails.status, 'pending'), lt(outboundEmails.createdAt, new Date(now.getTime() - graceMs))));
  await dispatchEmails(jobs, rows.map((row) => row.id));
  return rows.length;
}
