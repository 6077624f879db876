import { bigint, boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ReferralStatus, Warmth } from './model.ts';

// Only tables here: Drizzle's schema object is built from every export.
const instant = (name: string) => timestamp(name, { withTimezone: true });

export const referrals = pgTable('referrals', {
  id: uuid('id').primaryKey().defaultRandom(),
  giverId: uuid('giver_id').notNull(),
  receiverId: uuid('receiver_id').notNull(),
  meetingId: uuid('meeting_id'),
  contactName: text('contact_name').notNull(),
  contactEmail: text('contact_email'),
  contactPhone: text('contact_phone'),
  contactCompany: text('contact_company').notNull().default(''),
  need: text('need').notNull(),
  warmth: text('warmth').$type<Warmth>().notNull(),
  consent: boolean('consent').notNull(),
  status: text('status').$type<ReferralStatus>().notNull().default('new'),
  valueCents: bigint('value_cents', { mode: 'number' }),
  currency: text('currency'),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
  closedAt: instant('closed_at'),
});

/** Every change of a referral: who, when, from which status to which, with the note and value given. */
export const referralEvents = pgTable('referral_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  referralId: uuid('referral_id').notNull(),
  actorId: uuid('actor_id').notNull(),
  fromStatus: text('from_status').$type<ReferralStatus>(),
  toStatus: text('to_status').$type<ReferralStatus>().notNull(),
  note: text('note').notNull().default(''),
  valueCents: bigint('value_cents', { mode: 'number' }),
  currency: text('currency'),
  at: instant('at').notNull().defaultNow(),
});
