import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { outboundEmails, type EmailAttachment } from './tables.ts';
import type { MailTransport } from './transport.ts';

export type { EmailAttachment };

export const sendEmailQueue = 'email.send';

export interface EmailDraft {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
}

/**
 * Stores the email and enqueues its delivery. Once this resolves the message is durable: a crash
 * before delivery leaves a pending job that a worker picks up after restart.
 */
export async function queueEmail(db: DbOrTx, jobs: JobQueue, draft: EmailDraft): Promise<string> {
  const id = await storeEmail(db, draft);
  await dispatchEmails(jobs, [id]);
  return id;
}

/**
 * Stores an email without enqueueing it, so it can be written in the transaction of the change it
 * reports; call dispatchEmails after the commit (on PGlite a job sent inside a transaction would
 * wait for the one connection the transaction holds).
 */
export async function storeEmail(db: DbOrTx, draft: EmailDraft): Promise<string> {
  const [row] = await db
    .insert(outboundEmails)
    .values({
      toAddress: draft.to,
      subject: draft.subject,
      textBody: draft.text,
      htmlBody: draft.html ?? null,
      attachments: draft.attachments ?? [],
    })
    .returning({ id: outboundEmails.id });
  return row!.id;
}

/**
 * Enqueues the delivery of stored emails. The job's id is the email's, so enqueueing an email again
 * while its job is still held does nothing (see redispatchPendingEmails).
 */
export async function dispatchEmails(jobs: JobQueue, emailIds: readonly string[]): Promise<void> {
  for (const emailId of emailIds) await jobs.send(sendEmailQueue, { emailId }, { id: emailId });
}

/** The job handler: delivers a stored email once; a repeated job for a sent email does nothing. */
export function deliverQueuedEmail(db: DbOrTx, transport: MailTransport) {
  return async ({ emailId }: { emailId: string }) => {
    const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, emailId));
    if (!email || email.status === 'sent') return;
    await transport({
      id: email.id,
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      html: email.htmlBody,
      attachments: email.attachments,
    });
    await db.update(outboundEmails).set({ status: 'sent', sentAt: new Date() }).where(eq(outboundEmails.id, emailId));
  };
}
