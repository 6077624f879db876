/**
 * Wall-clock time in IANA zones with the built-in Intl API, on epoch milliseconds.
 *
 * Why Intl and not luxon: Node 20 ships full ICU with the tz database, and slot finding needs only
 * two questions answered — "what does the clock read in this zone at this instant?" and "where do
 * the zone's offsets change?" — everything else is arithmetic on instants. A library would add a
 * dependency without removing any of the code below.
 */
import { isValidTimeZone } from '../../i18n/time-zone.ts';

export { isValidTimeZone };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A calendar date without a zone, `YYYY-MM-DD`. */
export type LocalDate = string;

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

// Creating a formatter costs far more than using one; slot finding asks thousands of times per zone.
const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    clockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * What the clock reads in the zone at an instant, encoded as the epoch milliseconds of that same
 * reading in UTC ("wall milliseconds"): comparable and subtractable like instants, but not one.
 */
export function wallClock(instant: number, timeZone: string): number {
  const values: Record<string, number> = {};
  for (const part of clockFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = values;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return wall + (((instant % 1000) + 1000) % 1000);
}

/** The zone's offset from UTC at an instant, in milliseconds (Madrid in summer: +2 h). */
export function offsetAt(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone) - instant;
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: number, timeZone: string): LocalDate {
  return new Date(wallClock(instant, timeZone)).toISOString().slice(0, 10);
}

/** Midnight of a local date in wall milliseconds (see wallClock). */
export function wallMidnight(date: LocalDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(wallMidnight(date) + days * DAY).toISOString().slice(0, 10);
}

export function weekdayOf(date: LocalDate): Weekday {
  // getUTCDay: 0 is Sunday.
  return weekdays[(new Date(wallMidnight(date)).getUTCDay() + 6) % 7] as Weekday;
}

/** A stretch of time during which a zone keeps one offset from UTC. */
export interface OffsetSpan {
  start: number;
  end: number;
  offset: number;
}

// Real zones never change offset twice within this time, so sampling at this pitch finds every change.
const samplePitch = 6 * HOUR;

/** The instant, to the second, at which the offset changes between `before` and `after`. */
function transitionBetween(before: number, after: number, timeZone: string): number {
  const offsetBefore = offsetAt(before, timeZone);
  let low = before;
  let high = after;
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (middle <= low) break;
    if (offsetAt(middle, timeZone) === offsetBefore) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The zone's offsets over [start, end), as consecutive spans: one span when no daylight-saving
 * change happens in between, two around a change, and so on. Everything slot finding knows about
 * spring-forward gaps and fall-back repeats comes from these spans.
 */
export function offsetSpans(timeZone: string, start: number, end: number): OffsetSpan[] {
  const spans: OffsetSpan[] = [];
  let spanStart = start;
  let offset = offsetAt(start, timeZone);
  for (let sample = start; sample < end; ) {
    const next = Math.min(sample + samplePitch, end);
    const nextOffset = offsetAt(next, timeZone);
    if (nextOffset !== offset) {
      const change = transitionBetween(sample, next, timeZone);
      spans.push({ start: spanStart, end: change, offset });
      spanStart = change;
      offset = nextOffset;
    }
    sample = next;
  }
  spans.push({ start: spanStart, end, offset });
  return spans;
}

/** The offset at an instant from spans that cover it: no Intl call, for instants in bulk. */
export function offsetIn(spans: readonly OffsetSpan[], instant: number): number {
  const span = spans.find((s) => s.start <= instant && instant < s.end);
  if (!span) throw new RangeError('Instant outside the offset spans');
  return span.offset;
}

/**
 * The instants at which the local clock reads a time in [fromWall, toWall) (wall milliseconds),
 * given the zone's offset spans around them: nothing for a reading that does not exist (the hour
 * skipped when clocks spring forward), two stretches for one that happens twice (fall back).
 * The spans must cover every instant that can read those times (a day either side is plenty).
 */
export function instantsReading(
  fromWall: number,
  toWall: number,
  spans: readonly OffsetSpan[],
): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const start = Math.max(span.start, fromWall - span.offset);
    const end = Math.min(span.end, toWall - span.offset);
    if (start < end) found.push({ start, end });
  }
  return found;
}
