import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { EmailAttachment } from './tables.ts';

export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: readonly EmailAttachment[];
}

export type MailTransport = (message: OutgoingMessage) => Promise<void>;

/** SMTP when SMTP_URL is set; otherwise each message becomes an .eml file in the outbox folder. */
export function createMailTransport(options: { smtpUrl?: string; from: string; outboxDir: string; log: Logger }): MailTransport {
  const transport = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (message) => {
    const info = await transport.sendMail({
      from: options.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      ...(message.attachments?.length ? mimeParts(message.attachments) : {}),
      // A stable Message-ID lets receivers drop a duplicate if a retry ever sends twice.
      messageId: `<${message.id}@sinergia>`,
    });
    if (options.smtpUrl) {
      options.log.info({ emailId: message.id, to: message.to }, 'email sent over SMTP');
      return;
    }
    mkdirSync(options.outboxDir, { recursive: true });
    const file = join(options.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.id}.eml`);
    writeFileSync(file, (info as unknown as { message: Buffer }).message);
    options.log.info({ emailId: message.id, to: message.to, file }, 'email written to outbox');
  };
}

/**
 * Attachments as nodemailer parts. A calendar file also goes in as the message's `text/calendar`
 * alternative (`icalEvent`), which is how Gmail, Outlook and Apple Mail recognise an invitation.
 */
function mimeParts(attachments: readonly EmailAttachment[]) {
  const calendar = attachments.find((a) => a.contentType.startsWith('text/calendar'));
  const method = calendar && /method=([A-Z]+)/i.exec(calendar.contentType)?.[1];
  return {
    attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    ...(calendar && method ? { icalEvent: { method, content: calendar.content } } : {}),
  };
}
