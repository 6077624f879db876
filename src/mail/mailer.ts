import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { outboundEmails } from './tables.ts';
import type { MailTransport } from './transport.ts';

export const sendEmailQueue = 'email.send';

export interface EmailDraft {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Stores the email and enqueues its delivery. Once this resolves the message is durable: a crash
 * before delivery leaves a pending job that a worker picks up after restart.
 */
export async function queueEmail(db: DbOrTx, jobs: JobQueue, draft: EmailDraft): Promise<string> {
  const [row] = await db
    .insert(outboundEmails)
    .values({ toAddress: draft.to, subject: draft.subject, textBody: draft.text, htmlBody: draft.html ?? null })
    .returning({ id: outboundEmails.id });
  await jobs.send(sendEmailQueue, { emailId: row!.id }, { singletonKey: row!.id });
  return row!.id;
}

/** The job handler: delivers a stored email once; a repeated job for a sent email does nothing. */
export function deliverQueuedEmail(db: DbOrTx, transport: MailTransport) {
  return async ({ emailId }: { emailId: string }) => {
    const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, emailId));
    if (!email || email.status === 'sent') return;
    await transport({ id: email.id, to: email.toAddress, subject: email.subject, text: email.textBody, html: email.htmlBody });
    await db.update(outboundEmails).set({ status: 'sent', sentAt: new Date() }).where(eq(outboundEmails.id, emailId));
  };
}
