import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { saveFeedback } from '../matching/store/feedback.ts';
import { meetingOfParty, otherParty } from './meeting-store.ts';
import { toNotesView, type MeetingNotesView } from './notes-view.ts';
import { meetingNotes } from './tables.ts';
import type { Viewer } from './views.ts';

export interface NotesChange {
  notes?: string;
  theirNeeds?: string[];
  nextStep?: string;
  nextStepAt?: string | null;
  useful?: boolean | null;
  noShow?: boolean;
}

/**
 * Saves the fields sent of the viewer's private notes (the other member never sees them). "Was it
 * useful?" also tells Discover: interested in this member, or not relevant.
 */
export async function saveNotes(db: DbOrTx, viewer: Viewer, meetingId: string, change: NotesChange): Promise<MeetingNotesView> {
  const row = await db.transaction(async (tx) => {
    const meeting = await meetingOfParty(tx, meetingId, viewer.id);
    const values = {
      ...change,
      ...(change.notes !== undefined ? { notes: change.notes.trim() } : {}),
      ...(change.nextStep !== undefined ? { nextStep: change.nextStep.trim() } : {}),
      ...(change.theirNeeds ? { theirNeeds: [...new Set(change.theirNeeds.map((need) => need.trim()).filter(Boolean))] } : {}),
    };
    const [saved] = await tx
      .insert(meetingNotes)
      .values({ meetingId, userId: viewer.id, ...values })
      .onConflictDoUpdate({ target: [meetingNotes.meetingId, meetingNotes.userId], set: { ...values, updatedAt: sql`now()` } })
      .returning();
    if (typeof change.useful === 'boolean')
      await saveFeedback(tx, viewer.id, otherParty(meeting, viewer.id), change.useful ? 'interested' : 'not-relevant');
    return saved!;
  });
  return toNotesView(row, viewer.locale);
}
