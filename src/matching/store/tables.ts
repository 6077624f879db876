import { boolean, customType, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '../../i18n/locale.ts';
import { sql } from 'drizzle-orm';
import type { ProfileRow } from '../../profiles/profiles.ts';
import type { Feedback } from '../ranking/types.ts';

export type ConceptSide = 'offer' | 'need';

/** A PostgreSQL transaction id (xid8), as text: compared in SQL, never in JavaScript. */
const transactionId = customType<{ data: string }>({ dataType: () => 'xid8' });

export const matchProfiles = pgTable('match_profiles', {
  userId: uuid('user_id').primaryKey(),
  offerConcepts: text('offer_concepts').array().notNull().default([]),
  needConcepts: text('need_concepts').array().notNull().default([]),
  businessTypes: text('business_types').array().notNull().default([]),
  languages: text('languages').array().notNull().default([]),
  locale: text('locale').$type<Locale>().notNull().default('es'),
  city: text('city').notNull().default(''),
  region: text('region').notNull().default(''),
  country: text('country').notNull().default(''),
  remote: boolean('remote').notNull().default(false),
  goals: text('goals').array().notNull().default([]),
  communities: text('communities').array().notNull().default([]),
  visibility: text('visibility').$type<ProfileRow['visibility']>().notNull().default('members'),
  inDefaultCommunity: boolean('in_default_community').notNull().default(true),
  /** Meetings the member missed, as the meetings domain reports them (see no-shows.ts); profile saves leave it alone. */
  noShows: integer('no_shows').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** The transaction that last wrote the row (set by the database). */
  changedIn: transactionId('changed_in').notNull().default(sql`pg_current_xact_id()`),
});

export const matchFeedback = pgTable(
  'match_feedback',
  {
    userId: uuid('user_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    kind: text('kind').$type<Feedback>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.candidateId] })],
);

export const conceptCorrections = pgTable(
  'concept_corrections',
  {
    userId: uuid('user_id').notNull(),
    side: text('side').$type<ConceptSide>().notNull(),
    phrase: text('phrase').notNull(),
    conceptIds: text('concept_ids').array().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.userId, t.side, t.phrase] })],
);
