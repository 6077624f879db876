import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { Locale } from '../i18n/locale.ts';
import { conceptIndex, relationIndex } from '../matching/indexes.ts';
import { conceptsOfPhrase } from '../matching/store/phrase-concepts.ts';
import { meetingNotes } from './tables.ts';

export type NotesRow = typeof meetingNotes.$inferSelect;

/** A member's private notes on a meeting; the other member never sees them. */
export interface MeetingNotesView {
  notes: string;
  /** What they need, each phrase read as taxonomy concepts: referral opportunities. */
  theirNeeds: { phrase: string; concepts: { id: string; label: string }[] }[];
  nextStep: string;
  nextStepAt: string | null;
  useful: boolean | null;
  noShow: boolean;
}

export function toNotesView(row: NotesRow, locale: Locale): MeetingNotesView {
  const { labels } = relationIndex();
  return {
    notes: row.notes,
    theirNeeds: row.theirNeeds.map((phrase) => ({
      phrase,
      concepts: conceptsOfPhrase(conceptIndex(), phrase, 'need').map((id) => ({ id, label: labels.concept(id, locale) })),
    })),
    nextStep: row.nextStep,
    nextStepAt: row.nextStepAt,
    useful: row.useful,
    noShow: row.noShow,
  };
}

/** The member's own notes on these meetings, by meeting id. */
export async function notesOf(db: DbOrTx, userId: string, meetingIds: string[]): Promise<Map<string, NotesRow>> {
  if (!meetingIds.length) return new Map();
  const rows = await db
    .select()
    .from(meetingNotes)
    .where(and(eq(meetingNotes.userId, userId), inArray(meetingNotes.meetingId, meetingIds)));
  return new Map(rows.map((row) => [row.meetingId, row]));
}
