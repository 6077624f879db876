import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
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
