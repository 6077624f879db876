import type {
  Availability, AvailabilityException, LocalDate, LocalTimeRange, MeetingFormat, WeeklyHours,
} from './types.ts';
import { meetingFormats, meetingLengths } from './types.ts';
import { isValidTimeZone, weekdayOf, weekdays } from './zoned-time.ts';

/** Tuesday to Thursday mornings: mid-week, when most people can give half an hour to someone new. */
export const DEFAULT_WEEKLY_HOURS: WeeklyHours = {
  tue: [{ from: '09:30', to: '13:30' }],
  wed: [{ from: '09:30', to: '13:30' }],
  thu: [{ from: '09:30', to: '13:30' }],
};

export const DEFAULT_BUFFER_MINUTES = 15;
export const MAX_BUFFER_MINUTES = 240;

/** What a member starts with before touching their settings. */
export function defaultAvailability(timeZone: string): Availability {
  return {
    timeZone,
    weeklyHours: DEFAULT_WEEKLY_HOURS,
    exceptions: [],
    formats: ['in-person', 'video', 'phone'],
    defaultLength: 30,
    bufferMinutes: DEFAULT_BUFFER_MINUTES,
  };
}

/** Minutes after midnight of `HH:MM` (00:00–24:00), or undefined when it is not one. */
export function minutesOf(time: string): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** A local range in minutes after midnight, `from` included and `to` excluded. */
export interface MinuteRange {
  from: number;
  to: number;
}

function toMinutes(range: LocalTimeRange): MinuteRange | undefined {
  const from = minutesOf(range.from);
  const to = minutesOf(range.to);
  return from !== undefined && to !== undefined && from < to ? { from, to } : undefined;
}

function isLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function isDayOff(exception: AvailabilityException, date: LocalDate): boolean {
  return exception.kind === 'off' && exception.from <= date && date <= (exception.to ?? exception.from);
}

/**
 * The member's hours on one local date, merged and in order: the weekly hours of its weekday unless
 * an exception takes the day off, plus any extra ranges for the date. Invalid ranges are ignored
 * (availabilityProblems reports them).
 */
export function hoursOn(availability: Availability, date: LocalDate): MinuteRange[] {
  const { exceptions, weeklyHours } = availability;
  const weekly = exceptions.some((e) => isDayOff(e, date)) ? [] : (weeklyHours[weekdayOf(date)] ?? []);
  const extra = exceptions.flatMap((e) => (e.kind === 'extra' && e.date === date ? e.ranges : []));
  const ranges = [...weekly, ...extra]
    .map(toMinutes)
    .filter((r): r is MinuteRange => r !== undefined)
    .sort((a, b) => a.from - b.from);
  const merged: MinuteRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** The formats both accept, in the first member's order of preference. */
export function commonFormats(first: Availability, second: Availability): MeetingFormat[] {
  return first.formats.filter((format) => second.formats.includes(format));
}

export type AvailabilityProblemCode =
  | 'unknown-time-zone'
  | 'invalid-time-range'
  | 'invalid-date'
  | 'invalid-format'
  | 'invalid-length'
  | 'invalid-buffer';

/** What is wrong and where, e.g. `{ field: 'weeklyHours.tue[0]', code: 'invalid-time-range' }`. */
export interface AvailabilityProblem {
  field: string;
  code: AvailabilityProblemCode;
}

/** Everything wrong with an availability (empty when it can be saved), for a 400 with per-field messages. */
export function availabilityProblems(availability: Availability): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  const report = (field: string, code: AvailabilityProblemCode) => problems.push({ field, code });
  if (!isValidTimeZone(availability.timeZone)) report('timeZone', 'unknown-time-zone');
  for (const [day, ranges] of Object.entries(availability.weeklyHours)) {
    if (!(weekdays as readonly string[]).includes(day)) report(`weeklyHours.${day}`, 'invalid-time-range');
    ranges?.forEach((range, i) => {
      if (!toMinutes(range)) report(`weeklyHours.${day}[${i}]`, 'invalid-time-range');
    });
  }
  availability.exceptions.forEach((exception, i) => {
    const field = `exceptions[${i}]`;
    if (exception.kind === 'off') {
      const to = exception.to ?? exception.from;
      if (!isLocalDate(exception.from) || !isLocalDate(to) || to < exception.from) report(field, 'invalid-date');
    } else {
      if (!isLocalDate(exception.date)) report(field, 'invalid-date');
      exception.ranges.forEach((range, j) => {
        if (!toMinutes(range)) report(`${field}.ranges[${j}]`, 'invalid-time-range');
      });
    }
  });
  const { formats } = availability;
  if (formats.length === 0 || formats.some((f) => !meetingFormats.includes(f)) || new Set(formats).size !== formats.length) {
    report('formats', 'invalid-format');
  }
  if (!meetingLengths.includes(availability.defaultLength)) report('defaultLength', 'invalid-length');
  const buffer = availability.bufferMinutes;
  if (!Number.isInteger(buffer) || buffer < 0 || buffer > MAX_BUFFER_MINUTES) report('bufferMinutes', 'invalid-buffer');
  return problems;
}
