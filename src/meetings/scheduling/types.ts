import type { LocalDate, Weekday } from './zoned-time.ts';

export type { LocalDate, Weekday };

export const meetingFormats = ['in-person', 'video', 'phone'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

export const meetingLengths = [15, 30, 45, 60] as const;
/** Minutes. */
export type MeetingLength = (typeof meetingLengths)[number];

/**
 * Local clock times `HH:MM` (24-hour), `from` included and `to` excluded; `to` may be `24:00`.
 * A range never crosses midnight: split it into one per day.
 */
export interface LocalTimeRange {
  from: string;
  to: string;
}

/** The hours a member usually meets, per weekday, in their own zone; a missing day is a day off. */
export type WeeklyHours = Readonly<Partial<Record<Weekday, readonly LocalTimeRange[]>>>;

export type AvailabilityException =
  /** No meetings on these local dates, both included (a holiday, a trip); `to` defaults to `from`. */
  | { kind: 'off'; from: LocalDate; to?: LocalDate }
  /** Also available on this local date at these times, on top of the weekly hours or of a day off. */
  | { kind: 'extra'; date: LocalDate; ranges: readonly LocalTimeRange[] };

/** When and how a member is willing to meet. */
export interface Availability {
  /** IANA name, e.g. `Europe/Madrid`: every local time and date here is read in this zone. */
  timeZone: string;
  weeklyHours: WeeklyHours;
  exceptions: readonly AvailabilityException[];
  /** Most preferred first; at least one. */
  formats: readonly MeetingFormat[];
  defaultLength: MeetingLength;
  /** Minutes kept free before and after each of the member's meetings. */
  bufferMinutes: number;
}

/** Two instants; `start` included, `end` excluded. Busy times and slots are both intervals. */
export interface TimeInterval {
  start: Date;
  end: Date;
}

/** A proposed or requested meeting time, as instants (show it with describeSlot). */
export type Slot = TimeInterval;

/** One member as slot finding sees them: their availability and the meetings they already have. */
export interface MemberSchedule {
  availability: Availability;
  /** Accepted meetings (any order, may overlap); the member's buffer is kept around each. */
  busy: readonly TimeInterval[];
}
