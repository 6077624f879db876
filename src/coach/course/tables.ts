import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One row per lesson a member has marked as done (src/db/migrations/0013_course.sql). */
export const courseProgress = pgTable(
  'course_progress',
  {
    userId: uuid('user_id').notNull(),
    lessonSlug: text('lesson_slug').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonSlug] })],
);
