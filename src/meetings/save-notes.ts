import { sql } from 'drizzle-orm';
import type { AppContext } from '../app-context.ts';
import { saveFeedback } from '../matching/store/feedback.ts';
import { saveNoShows } from '../matching/store/no-shows.ts';
import { scheduleFollowUp } from './follow-ups.ts';
import { meetingOfParty, otherParty } from './meeting-store.ts';
import { noShowCounts } from './no-shows.ts';
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
 * Saves the fields sent of the viewer's private notes (the other member never sees them). Discover
 * hears of two of them in the same transaction: "was it useful?" (interested in this member, or not
 * relevant) and a no-show (the other member's count of missed meetings). A next step's date gets its
 * reminder once committed.
 */
export async function saveNotes(ctx: AppContext, viewer: Viewer, meetingId: string, change: NotesChange): Promise<MeetingNotesView> {
  const now = new Date();
  const row = await ctx.database.db.transaction(async (tx) => {
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
    const other = otherParty(meeting, viewer.id);
    if (typeof change.useful === 'boolean') await saveFeedback(tx, viewer.id, other, change.useful ? 'interested' : 'not-relevant');
    if (change.noShow !== undefined) await saveNoShows(tx, await noShowCounts(tx, [other], now));
    return saved!;
  });
  // Jobs go out after the commit (on PGlite a job sent inside the transaction would wait for its connection).
  if (change.nextStepAt) await scheduleFollowUp(ctx, row, now);
  return toNotesView(row, viewer.locale);
}
