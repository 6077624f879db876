import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PitchLanguage, PitchVersionName } from './model.ts';

// Only tables here: Drizzle's schema object is built from every export.
const instant = (name: string) => timestamp(name, { withTimezone: true });

/** One pitch builder draft per member (migration 0010_pitch.sql). */
export const pitchDrafts = pgTable('pitch_drafts', {
  userId: uuid('user_id').primaryKey(),
  language: text('language').$type<PitchLanguage>().notNull(),
  whomIHelp: text('whom_i_help').notNull().default(''),
  problem: text('problem').notNull().default(''),
  result: text('result').notNull().default(''),
  proof: text('proof').notNull().default(''),
  difference: text('difference').notNull().default(''),
  ask: text('ask').notNull().default(''),
  intro: text('version_intro').notNull().default(''),
  elevator: text('version_elevator').notNull().default(''),
  long: text('version_long').notNull().default(''),
  publishedVersion: text('published_version').$type<PitchVersionName>(),
  publishedAt: instant('published_at'),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
