import { and, desc, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { fieldProblem } from '../http/problem.ts';
import { calendarSlot } from './calendar-events.ts';
import type { MeetingRow } from './meeting-store.ts';
import { meetings } from './tables.ts';
import { toMeetingViews, type MeetingView, type Viewer } from './views.ts';

export interface MeetingLists {
  /** Proposals the viewer must answer, newest first. */
  requests: MeetingView[];
  /** Accepted meetings still ahead and proposals waiting for the other member, soonest first. */
  upcoming: MeetingView[];
  /** A page of accepted meetings that ended, declined and cancelled ones, newest first. */
  past: MeetingView[];
  /** The `pastBefore` of the next page of past meetings; null after the last. */
  pastNext: string | null;
}

export interface PastPage {
  /** A `pastNext` from an earlier answer; none for the first page. */
  before?: string;
  limit: number;
}

// Past meetings are ordered by the time calendars show (calendarSlot), then id: a stable order to page through.
const shownAt = sql<Date>`COALESCE(${meetings.startsAt}, (${meetings.proposedSlots}->0->>'start')::timestamptz)`;

const toCursor = (row: MeetingRow) => Buffer.from(`${calendarSlot(row).start.toISOString()}|${row.id}`).toString('base64url');

function fromCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const instant = new Date(at ?? '');
  if (Number.isNaN(instant.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) throw fieldProblem('pastBefore', 'validation.badCursor');
  return { at: instant, id: id! };
}

/** A page of the viewer's past meetings (accepted and ended, declined, cancelled), newest first. */
async function pastMeetings(db: DbOrTx, viewer: Viewer, page: PastPage, now: Date): Promise<{ rows: MeetingRow[]; next: string | null }> {
  const after = page.before ? fromCursor(page.before) : undefined;
  const rows = await db
    .select()
    .from(meetings)
    .where(
      and(
        or(eq(meetings.proposerId, viewer.id), eq(meetings.inviteeId, viewer.id)),
        or(inArray(meetings.status, ['declined', 'cancelled']), and(eq(meetings.status, 'accepted'), lte(meetings.endsAt, now))),
        after ? sql`(${shownAt}, ${meetings.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(shownAt), desc(meetings.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  return { rows: shown, next: rows.length > page.limit ? toCursor(shown.at(-1)!) : null };
}

/** Requests and upcoming meetings in full, and one page of past ones. */
export async function listMeetings(db: DbOrTx, viewer: Viewer, page: PastPage, now = new Date()): Promise<MeetingLists> {
  const open = await db
    .select()
    .from(meetings)
    .where(
      and(
        or(eq(meetings.proposerId, viewer.id), eq(meetings.inviteeId, viewer.id)),
        or(eq(meetings.status, 'proposed'), and(eq(meetings.status, 'accepted'), gt(meetings.endsAt, now))),
      ),
    )
    .orderBy(desc(meetings.updatedAt));
  const isRequest = (row: MeetingRow) => row.status === 'proposed' && row.turnId === viewer.id;
  const startOf = (row: MeetingRow) => calendarSlot(row).start.getTime();
  const upcoming = open.filter((row) => !isRequest(row)).sort((a, b) => startOf(a) - startOf(b));
  const past = await pastMeetings(db, viewer, page, now);
  return {
    requests: await toMeetingViews(db, viewer, open.filter(isRequest)),
    upcoming: await toMeetingViews(db, viewer, upcoming),
    past: await toMeetingViews(db, viewer, past.rows),
    pastNext: past.next,
  };
}
