/**
 * Calendar files for meetings (RFC 5545, with RFC 5546 methods): the invitation or update sent by
 * email (METHOD:REQUEST), the cancellation (METHOD:CANCEL) and a member's subscription feed
 * (METHOD:PUBLISH). Times are written in UTC, so no VTIMEZONE is needed: every calendar shows them
 * in its own zone. Replies are made in Sinergia, not by email, hence RSVP=FALSE.
 */
import { safeHttpUrl } from '../../brand/html.ts';
import type { MeetingFormat } from '../scheduling/types.ts';
import { contentLine, escapeText, joinLines, mailto, quoteParameter, utcDateTime } from './ical-text.ts';

export const PRODID = '-//Sinergia//Sinergia//EN';

export interface CalendarPerson {
  name: string;
  email: string;
}

export type AttendeeResponse = 'needs-action' | 'accepted' | 'declined' | 'tentative';

export interface CalendarAttendee extends CalendarPerson {
  /** Defaults to 'needs-action'. */
  response?: AttendeeResponse;
}

/** Where the meeting happens; a video link also goes in LOCATION, which is what calendars show. */
export type MeetingPlace =
  | { format: Extract<MeetingFormat, 'in-person'>; address: string }
  | { format: Extract<MeetingFormat, 'video'>; url: string }
  | { format: Extract<MeetingFormat, 'phone'>; phone: string };

export type EventStatus = 'confirmed' | 'tentative' | 'cancelled';

/** A meeting as calendars see it. */
export interface CalendarMeeting {
  /** The meeting's id in Sinergia; with `host` it makes the UID, the same in every file about it. */
  id: string;
  /** This instance's host name (from PUBLIC_URL), e.g. `sinergia.example.es`. */
  host: string;
  /** 0 when first sent; the caller adds 1 for every later change sent (new time, place, cancellation). */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  place?: MeetingPlace;
  /** Who proposed the meeting. */
  organizer: CalendarPerson;
  /** Everyone invited; list the organizer too (as 'accepted') so their calendar shows them attending. */
  attendees: readonly CalendarAttendee[];
  /** Defaults to 'confirmed'. 'cancelled' only makes sense in a feed; buildCancellation sets it itself. */
  status?: EventStatus;
}

/** The UID of every calendar object about a meeting, stable across updates: `meeting-<id>@<host>`. */
export function meetingUid(meetingId: string, host: string): string {
  return `meeting-${meetingId}@${host.trim().toLowerCase()}`;
}

function placeLines(place: MeetingPlace | undefined): string[] {
  if (!place) return [];
  if (place.format === 'in-person') return [contentLine('LOCATION', escapeText(place.address))];
  if (place.format === 'phone') return [contentLine('LOCATION', escapeText(place.phone))];
  const url = safeHttpUrl(place.url);
  return [contentLine('LOCATION', escapeText(url ?? place.url)), ...(url ? [contentLine('URL', url)] : [])];
}

function attendeeLine(attendee: CalendarAttendee): string {
  return contentLine('ATTENDEE', mailto(attendee.email), [
    ['CUTYPE', 'INDIVIDUAL'], ['ROLE', 'REQ-PARTICIPANT'], ['PARTSTAT', (attendee.response ?? 'needs-action').toUpperCase()],
    ['RSVP', 'FALSE'], ['CN', quoteParameter(attendee.name)],
  ]);
}

function eventLines(meeting: CalendarMeeting, now: Date, status: EventStatus, withAttendees: boolean): string[] {
  if (!Number.isInteger(meeting.sequence) || meeting.sequence < 0) throw new RangeError('sequence must be a whole number ≥ 0');
  if (!(meeting.start.getTime() < meeting.end.getTime())) throw new RangeError('A meeting must end after it starts');
  return [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(meetingUid(meeting.id, meeting.host))),
    contentLine('SEQUENCE', String(meeting.sequence)),
    contentLine('DTSTAMP', utcDateTime(now)),
    contentLine('DTSTART', utcDateTime(meeting.start)),
    contentLine('DTEND', utcDateTime(meeting.end)),
    contentLine('SUMMARY', escapeText(meeting.summary)),
    ...(meeting.description ? [contentLine('DESCRIPTION', escapeText(meeting.description))] : []),
    ...placeLines(meeting.place),
    contentLine('ORGANIZER', mailto(meeting.organizer.email), [['CN', quoteParameter(meeting.organizer.name)]]),
    ...(withAttendees ? meeting.attendees.map(attendeeLine) : []),
    contentLine('STATUS', status.toUpperCase()),
    // A cancelled meeting no longer blocks the time.
    contentLine('TRANSP', status === 'cancelled' ? 'TRANSPARENT' : 'OPAQUE'),
    'END:VEVENT',
  ];
}

function calendar(method: 'REQUEST' | 'CANCEL' | 'PUBLISH', header: string[], events: string[]): string {
  return joinLines([
    'BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', `METHOD:${method}`,
    ...header, ...events, 'END:VCALENDAR',
  ]);
}

/**
 * An invitation, or an update when sent again with a higher sequence: METHOD:REQUEST, for an email
 * attachment (`text/calendar; method=REQUEST; charset=UTF-8`). `now` becomes DTSTAMP.
 */
export function buildInvitation(meeting: CalendarMeeting, now: Date): string {
  const status = meeting.status ?? 'confirmed';
  if (status === 'cancelled') throw new RangeError('Use buildCancellation for a cancelled meeting');
  return calendar('REQUEST', [], eventLines(meeting, now, status, true));
}

/**
 * A cancellation: METHOD:CANCEL, STATUS:CANCELLED, the invitation's UID. Its sequence must be
 * higher than the last one sent, or calendars may ignore it.
 */
export function buildCancellation(meeting: CalendarMeeting, now: Date): string {
  return calendar('CANCEL', [], eventLines(meeting, now, 'cancelled', true));
}

export interface CalendarFeed {
  /** Shown as the calendar's name once subscribed (X-WR-CALNAME and NAME). */
  name: string;
  description?: string;
  /** The member's zone, a hint for calendars that show a feed in its own zone (X-WR-TIMEZONE). */
  timeZone?: string;
  /** Whatever the member should see: upcoming and recent meetings; cancelled ones as 'cancelled' or left out. */
  meetings: readonly CalendarMeeting[];
}

/** How often subscribers should fetch the feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
export const FEED_REFRESH = 'PT1H';

/**
 * A member's subscription feed: METHOD:PUBLISH and one VEVENT per meeting, with the same UIDs as
 * the invitations. RFC 5546 leaves ATTENDEE out of PUBLISH, so name the other person in the summary.
 * Serve it as `text/calendar; charset=utf-8`.
 */
export function buildFeed(feed: CalendarFeed, now: Date): string {
  const header = [
    contentLine('X-WR-CALNAME', escapeText(feed.name)),
    contentLine('NAME', escapeText(feed.name)),
    ...(feed.description
      ? [contentLine('X-WR-CALDESC', escapeText(feed.description)), contentLine('DESCRIPTION', escapeText(feed.description))]
      : []),
    ...(feed.timeZone ? [contentLine('X-WR-TIMEZONE', escapeText(feed.timeZone))] : []),
    contentLine('REFRESH-INTERVAL', FEED_REFRESH, [['VALUE', 'DURATION']]),
    contentLine('X-PUBLISHED-TTL', FEED_REFRESH),
  ];
  const events = feed.meetings.flatMap((meeting) => eventLines(meeting, now, meeting.status ?? 'confirmed', false));
  return calendar('PUBLISH', header, events);
}
