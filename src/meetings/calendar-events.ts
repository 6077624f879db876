import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/messages.ts';
import type { CalendarMeeting, MeetingPlace } from './calendar/meeting-ics.ts';
import { fromStoredSlots, type MeetingRow } from './meeting-store.ts';
import type { Slot } from './scheduling/types.ts';

export interface Party {
  id: string;
  name: string;
  email: string;
}

/** This instance's host name, which makes every meeting's calendar UID unique across instances. */
export const calendarHost = (publicUrl: string) => new URL(publicUrl).hostname;

/** The time calendars show: the agreed slot, or while none is agreed the first one proposed. */
export function calendarSlot(row: MeetingRow): Slot {
  if (row.startsAt && row.endsAt) return { start: row.startsAt, end: row.endsAt };
  return fromStoredSlots(row.proposedSlots)[0]!;
}

function placeOf(row: MeetingRow): MeetingPlace | undefined {
  if (!row.place) return undefined;
  if (row.format === 'video') return { format: 'video', url: row.place };
  if (row.format === 'phone') return { format: 'phone', phone: row.place };
  return { format: 'in-person', address: row.place };
}

/** The meeting as the calendar of `viewerId` (one of the two) shows it, in their language. */
export function toCalendarMeeting(row: MeetingRow, parties: { proposer: Party; invitee: Party }, viewerId: string, locale: Locale, host: string): CalendarMeeting {
  const { proposer, invitee } = parties;
  const other = viewerId === proposer.id ? invitee : proposer;
  const place = placeOf(row);
  return {
    id: row.id,
    host,
    sequence: row.sequence,
    ...calendarSlot(row),
    summary: translate(locale, 'meeting.summary', { name: other.name }),
    description: row.purpose,
    ...(place ? { place } : {}),
    organizer: { name: proposer.name, email: proposer.email },
    attendees: [
      { name: proposer.name, email: proposer.email, response: 'accepted' },
      { name: invitee.name, email: invitee.email, response: row.status === 'accepted' ? 'accepted' : 'needs-action' },
    ],
    status: row.status === 'accepted' ? 'confirmed' : row.status === 'proposed' ? 'tentative' : 'cancelled',
  };
}
