import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { Locale } from '../i18n/locale.ts';
import { toMemberCard, type MemberCard } from '../profiles/member-views.ts';
import { profilesOf } from '../profiles/profiles.ts';
import { availabilitiesOf } from './availability-store.ts';
import { fromStoredSlots, otherParty, type MeetingRow } from './meeting-store.ts';
import type { MeetingAction, MeetingStatus } from './model.ts';
import { notesOf, toNotesView, type MeetingNotesView } from './notes-view.ts';
import type { MeetingFormat } from './scheduling/types.ts';
import { toSlotView, type SlotView, type Viewpoint } from './slot-views.ts';
import { meetingEvents } from './tables.ts';

/** Who is looking at meetings: every time is shown on their clock, in their language. */
export interface Viewer {
  id: string;
  locale: Locale;
}

export interface MeetingView {
  id: string;
  status: MeetingStatus;
  turn: 'answer' | 'waiting' | 'none';
  role: 'proposer' | 'invitee';
  other: MemberCard;
  purpose: string;
  format: MeetingFormat;
  lengthMinutes: number;
  place: string;
  slot: SlotView | null;
  proposedSlots: SlotView[];
  history: { at: string; by: 'you' | 'them'; action: MeetingAction; message: string }[];
  notes: MeetingNotesView | null;
}

/** Meetings as `viewer` (one of the two members of each) sees them, in the same order. */
export async function toMeetingViews(db: DbOrTx, viewer: Viewer, rows: MeetingRow[]): Promise<MeetingView[]> {
  if (!rows.length) return [];
  const otherIds = rows.map((row) => otherParty(row, viewer.id));
  const profiles = await profilesOf(db, otherIds);
  const zones = await availabilitiesOf(db, [viewer.id, ...new Set(otherIds)]);
  const notes = await notesOf(db, viewer.id, rows.map((row) => row.id));
  const events = await db
    .select()
    .from(meetingEvents)
    .where(inArray(meetingEvents.meetingId, rows.map((row) => row.id)))
    .orderBy(asc(meetingEvents.id));
  return rows.flatMap((row) => {
    const otherId = otherParty(row, viewer.id);
    const profile = profiles.get(otherId);
    if (!profile) return [];
    const view: Viewpoint = { locale: viewer.locale, yourZone: zones.get(viewer.id)!.timeZone, theirZone: zones.get(otherId)!.timeZone };
    const own = notes.get(row.id);
    return [
      {
        id: row.id,
        status: row.status,
        turn: row.status !== 'proposed' ? 'none' : row.turnId === viewer.id ? 'answer' : 'waiting',
        role: row.proposerId === viewer.id ? 'proposer' : 'invitee',
        other: toMemberCard(profile),
        purpose: row.purpose,
        format: row.format,
        lengthMinutes: row.lengthMinutes,
        place: row.place,
        slot: row.status === 'accepted' ? toSlotView({ start: row.startsAt!, end: row.endsAt! }, view) : null,
        proposedSlots: row.status === 'proposed' ? fromStoredSlots(row.proposedSlots).map((slot) => toSlotView(slot, view)) : [],
        history: events
          .filter((event) => event.meetingId === row.id)
          .map((event) => ({
            at: event.at.toISOString(),
            by: event.actorId === viewer.id ? 'you' : 'them',
            action: event.action,
            message: event.message,
          })),
        notes: own ? toNotesView(own, viewer.locale) : null,
      } satisfies MeetingView,
    ];
  });
}

export async function toMeetingView(db: DbOrTx, viewer: Viewer, row: MeetingRow): Promise<MeetingView> {
  return (await toMeetingViews(db, viewer, [row]))[0]!;
}
