import { boolean, date, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Budget, PlanItem } from './model.ts';

// Only tables here: Drizzle's schema object is built from every export.
const instant = (name: string) => timestamp(name, { withTimezone: true });

export const planSettings = pgTable('plan_settings', {
  userId: uuid('user_id').primaryKey(),
  budgetMinutes: smallint('budget_minutes').$type<Budget>().notNull(),
  digest: boolean('digest').notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const weeklyPlans = pgTable(
  'weekly_plans',
  {
    userId: uuid('user_id').notNull(),
    weekStart: date('week_start').notNull(),
    budgetMinutes: smallint('budget_minutes').$type<Budget>().notNull(),
    items: jsonb('items').$type<PlanItem[]>().notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.weekStart] })],
);

export const weeklyPlanDone = pgTable(
  'weekly_plan_done',
  {
    userId: uuid('user_id').notNull(),
    weekStart: date('week_start').notNull(),
    itemId: text('item_id').notNull(),
    doneAt: instant('done_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.weekStart, t.itemId] })],
);

export const weeklyDigestsSent = pgTable(
  'weekly_digests_sent',
  {
    userId: uuid('user_id').notNull(),
    weekStart: date('week_start').notNull(),
    sentAt: instant('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.weekStart] })],
);
