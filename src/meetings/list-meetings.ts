import { desc, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { calendarSlot } from './calendar-events.ts';
import type { MeetingRow } from './meeting-store.ts';
import { meetings } from './tables.ts';
import { toMeetingViews, type MeetingView, type Viewer } from './views.ts';

export interface MeetingLists {
  /** Proposals the viewer must answer, newest first. */
  requests: MeetingView[];
  /** Accepted meetings still ahead and proposals waiting for the other member, soonest first. */
  upcoming: MeetingView[];
  /** Accepted meetings that ended, declined and cancelled ones, newest first. */
  past: MeetingView[];
}

export async function listMeetings(db: DbOrTx, viewer: Viewer, now = new Date()): Promise<MeetingLists> {
  const rows = await db
    .select()
    .from(meetings)
    .where(or(eq(meetings.proposerId, viewer.id), eq(meetings.inviteeId, viewer.id)))
    .orderBy(desc(meetings.updatedAt));
  const isRequest = (row: MeetingRow) => row.status === 'proposed' && row.turnId === viewer.id;
  const isUpcoming = (row: MeetingRow) =>
    (row.status === 'proposed' && row.turnId !== viewer.id) || (row.status === 'accepted' && row.endsAt!.getTime() > now.getTime());
  const startOf = (row: MeetingRow) => calendarSlot(row).start.getTime();
  const upcoming = rows.filter(isUpcoming).sort((a, b) => startOf(a) - startOf(b));
  const past = rows.filter((row) => !isRequest(row) && !isUpcoming(row)).sort((a, b) => startOf(b) - startOf(a));
  return {
    requests: await toMeetingViews(db, viewer, rows.filter(isRequest)),
    upcoming: await toMeetingViews(db, viewer, upcoming),
    past: await toMeetingViews(db, viewer, past),
  };
}
