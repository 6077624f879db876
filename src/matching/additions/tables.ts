import { bigint, boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ConceptKind, RelationType, TaxonomyLocale } from '../taxonomy/taxonomy.ts';

/** Concepts administrators added to the shipped taxonomy. */
export const taxonomyConcepts = pgTable('taxonomy_concepts', {
  id: text('id').primaryKey(),
  kind: text('kind').$type<ConceptKind>().notNull(),
  labelEs: text('label_es').notNull(),
  labelEn: text('label_en').notNull(),
  spheres: text('spheres').array().notNull().default([]),
  addedBy: uuid('added_by'),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Synonyms administrators added to a shipped or added concept. */
export const taxonomySynonyms = pgTable('taxonomy_synonyms', {
  id: uuid('id').primaryKey().defaultRandom(),
  conceptId: text('concept_id').notNull(),
  locale: text('locale').$type<TaxonomyLocale>().notNull(),
  term: text('term').notNull(),
  addedBy: uuid('added_by'),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Relations an added concept (conceptId) came with. */
export const taxonomyRelations = pgTable('taxonomy_relations', {
  conceptId: text('concept_id').notNull(),
  fromId: text('from_id').notNull(),
  toId: text('to_id').notNull(),
  type: text('type').$type<RelationType>().notNull(),
});

export const taxonomyVersion = pgTable('taxonomy_version', {
  singleton: boolean('singleton').primaryKey().default(true),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  refreshedVersion: bigint('refreshed_version', { mode: 'number' }).notNull().default(0),
});
