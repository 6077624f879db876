import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type ConnectionStatus = 'pending' | 'accepted' | 'declined';

export const connections = pgTable('connections', {
  id: uuid('id').primaryKey().defaultRandom(),
  requesterId: uuid('requester_id').notNull(),
  addresseeId: uuid('addressee_id').notNull(),
  note: text('note').notNull().default(''),
  status: text('status').$type<ConnectionStatus>().notNull().default('pending'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  respondedAt: timestamp('responded_at', { withTimezone: true }),
});

export const blocks = pgTable(
  'blocks',
  {
    blockerId: uuid('blocker_id').notNull(),
    blockedId: uuid('blocked_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] })],
);
