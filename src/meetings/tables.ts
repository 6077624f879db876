import { bigint, boolean, date, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { MeetingAction, MeetingStatus, ReminderKind, StoredSlot } from './model.ts';
import type { AvailabilityException, MeetingFormat, WeeklyHours } from './scheduling/types.ts';

// Only tables here: Drizzle's schema object is built from every export.
const instant = (name: string) => timestamp(name, { withTimezone: true });

export const memberAvailability = pgTable('member_availability', {
  userId: uuid('user_id').primaryKey(),
  timeZone: text('time_zone').notNull(),
  weeklyHours: jsonb('weekly_hours').$type<WeeklyHours>().notNull(),
  exceptions: jsonb('exceptions').$type<AvailabilityException[]>().notNull().default([]),
  formats: text('formats').array().$type<MeetingFormat[]>().notNull(),
  defaultLength: smallint('default_length').notNull(),
  bufferMinutes: smallint('buffer_minutes').notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const meetings = pgTable('meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  proposerId: uuid('proposer_id').notNull(),
  inviteeId: uuid('invitee_id').notNull(),
  status: text('status').$type<MeetingStatus>().notNull().default('proposed'),
  turnId: uuid('turn_id'),
  purpose: text('purpose').notNull(),
  format: text('format').$type<MeetingFormat>().notNull(),
  lengthMinutes: smallint('length_minutes').notNull(),
  place: text('place').notNull().default(''),
  proposedSlots: jsonb('proposed_slots').$type<StoredSlot[]>().notNull().default([]),
  startsAt: instant('starts_at'),
  endsAt: instant('ends_at'),
  sequence: integer('sequence').notNull().default(0),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const meetingEvents = pgTable('meeting_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  meetingId: uuid('meeting_id').notNull(),
  actorId: uuid('actor_id').notNull(),
  action: text('action').$type<MeetingAction>().notNull(),
  message: text('message').notNull().default(''),
  at: instant('at').notNull().defaultNow(),
});

export const meetingNotes = pgTable(
  'meeting_notes',
  {
    meetingId: uuid('meeting_id').notNull(),
    userId: uuid('user_id').notNull(),
    notes: text('notes').notNull().default(''),
    theirNeeds: text('their_needs').array().notNull().default([]),
    nextStep: text('next_step').notNull().default(''),
    nextStepAt: date('next_step_at'),
    useful: boolean('useful'),
    noShow: boolean('no_show').notNull().default(false),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id').primaryKey(),
  salt: text('salt').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

/** Reminders sent, each once: of a meeting (to both members) or of a member's next step (`userId`, see follow-ups.ts). */
export const meetingRemindersSent = pgTable(
  'meeting_reminders_sent',
  {
    meetingId: uuid('meeting_id').notNull(),
    kind: text('kind').$type<ReminderKind | 'follow-up'>().notNull(),
    startsAt: instant('starts_at').notNull(),
    userId: uuid('user_id'),
    sentAt: instant('sent_at').notNull().defaultNow(),
  },
  (t) => [unique('meeting_reminders_sent_once').on(t.meetingId, t.kind, t.startsAt, t.userId).nullsNotDistinct()],
);
