import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A file sent with an email, e.g. `invite.ics` as `text/calendar; method=REQUEST; charset=UTF-8`. */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const outboundEmails = pgTable('outbound_emails', {
  id: uuid('id').primaryKey().defaultRandom(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body'),
  attachments: jsonb('attachments').$type<EmailAttachment[]>().notNull().default([]),
  status: text('status').$type<'pending' | 'sent'>().notNull().default('pending'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});
