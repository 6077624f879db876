import { bigint, date, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Contribution, ProposalEventKind, ProposalFormat, ProposalState } from './model.ts';

// Only tables here: Drizzle's schema object is built from every export (see 0014_proposals.sql).
const instant = (name: string) => timestamp(name, { withTimezone: true });
const cents = (name: string) => bigint(name, { mode: 'number' });

export const proposals = pgTable('proposals', {
  id: uuid('id').primaryKey().defaultRandom(),
  authorId: uuid('author_id').notNull(),
  state: text('state').$type<ProposalState>().notNull().default('draft'),
  version: integer('version').notNull().default(1),
  meetingId: uuid('meeting_id'),
  outcomeValueCents: cents('outcome_value_cents'),
  outcomeCurrency: text('outcome_currency'),
  outcomeNote: text('outcome_note').notNull().default(''),
  cancelReason: text('cancel_reason'),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const proposalVersions = pgTable(
  'proposal_versions',
  {
    proposalId: uuid('proposal_id').notNull(),
    version: integer('version').notNull(),
    editorId: uuid('editor_id').notNull(),
    format: text('format').$type<ProposalFormat>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    contributions: jsonb('contributions').$type<Contribution[]>().notNull(),
    estimatedValueCents: cents('estimated_value_cents'),
    estimatedCurrency: text('estimated_currency'),
    nextSteps: text('next_steps').notNull().default(''),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.version] })],
);

export const proposalParties = pgTable(
  'proposal_parties',
  {
    proposalId: uuid('proposal_id').notNull(),
    userId: uuid('user_id').notNull(),
    position: smallint('position').notNull(),
    acceptedVersion: integer('accepted_version'),
    acceptedAt: instant('accepted_at'),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.userId] })],
);

export const proposalComments = pgTable('proposal_comments', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  proposalId: uuid('proposal_id').notNull(),
  authorId: uuid('author_id').notNull(),
  version: integer('version').notNull(),
  body: text('body').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const proposalEvents = pgTable('proposal_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  proposalId: uuid('proposal_id').notNull(),
  actorId: uuid('actor_id').notNull(),
  action: text('action').$type<ProposalEventKind>().notNull(),
  fromState: text('from_state').$type<ProposalState>(),
  toState: text('to_state').$type<ProposalState>().notNull(),
  version: integer('version').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  at: instant('at').notNull().defaultNow(),
});
