import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ObstacleKey } from './obstacles.ts';

// Only tables here: Drizzle's schema object is built from every export.
export const memberObstacles = pgTable(
  'member_obstacles',
  {
    userId: uuid('user_id').notNull(),
    obstacle: text('obstacle').$type<ObstacleKey>().notNull(),
    chosenAt: timestamp('chosen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.obstacle] })],
);
