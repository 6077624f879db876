import { and, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { MeetingAction, StoredSlot } from './model.ts';
import { meetingNotFound } from './problems.ts';
import type { Slot } from './scheduling/types.ts';
import { meetingEvents, meetings } from './tables.ts';

export type MeetingRow = typeof meetings.$inferSelect;

export const isParty = (row: MeetingRow, userId: string) => row.proposerId === userId || row.inviteeId === userId;
export const otherParty = (row: MeetingRow, userId: string) => (row.proposerId === userId ? row.inviteeId : row.proposerId);

export const toStoredSlots = (slots: Slot[]): StoredSlot[] =>
  slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() }));
export const fromStoredSlots = (slots: StoredSlot[]): Slot[] =>
  slots.map((slot) => ({ start: new Date(slot.start), end: new Date(slot.end) }));

/** The meeting if `userId` is one of its two members (locked for the transaction when asked); a 404 otherwise. */
export async function meetingOfParty(db: DbOrTx, meetingId: string, userId: string, lock = false): Promise<MeetingRow> {
  const query = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), or(eq(meetings.proposerId, userId), eq(meetings.inviteeId, userId))));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw meetingNotFound();
  return row;
}

/**
 * Applies a change and records it in the history, in the caller's transaction. Every change is sent
 * to calendars again, so the SEQUENCE goes up by one each time.
 */
export async function changeMeeting(
  tx: DbOrTx,
  meetingId: string,
  change: Partial<typeof meetings.$inferInsert>,
  event: { actorId: string; action: MeetingAction; message?: string },
): Promise<MeetingRow> {
  const [row] = await tx
    .update(meetings)
    .set({ ...change, sequence: sql`${meetings.sequence} + 1`, updatedAt: sql`now()` })
    .where(eq(meetings.id, meetingId))
    .returning();
  await recordEvent(tx, meetingId, event);
  return row!;
}

export async function recordEvent(tx: DbOrTx, meetingId: string, event: { actorId: string; action: MeetingAction; message?: string }) {
  await tx.insert(meetingEvents).values({ meetingId, actorId: event.actorId, action: event.action, message: event.message ?? '' });
}
