import { boolean, customType, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type Visibility = 'public' | 'members' | 'private';
export interface ProfileLink {
  label: string;
  url: string;
}

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const profiles = pgTable('profiles', {
  userId: uuid('user_id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  headline: text('headline').notNull().default(''),
  company: text('company').notNull().default(''),
  sector: text('sector').notNull().default(''),
  city: text('city').notNull().default(''),
  region: text('region').notNull().default(''),
  country: text('country').notNull().default(''),
  languages: text('languages').array().notNull().default([]),
  photoUrl: text('photo_url').notNull().default(''),
  offers: text('offers').array().notNull().default([]),
  needs: text('needs').array().notNull().default([]),
  goals: text('goals').array().notNull().default([]),
  remote: boolean('remote').notNull().default(false),
  pitch: text('pitch').notNull().default(''),
  website: text('website').notNull().default(''),
  links: jsonb('links').$type<ProfileLink[]>().notNull().default([]),
  visibility: text('visibility').$type<Visibility>().notNull().default('members'),
  onboardingCompletedAt: timestamp('onboarding_completed_at', { withTimezone: true }),
  searchDocument: text('search_document').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const media = pgTable('media', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull(),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
