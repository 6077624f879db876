import { hoursOn } from './availability.ts';
import { merge, subtract, type Span } from './intervals.ts';
import type { Availability, MemberSchedule } from './types.ts';
import { addDays, DAY, instantsReading, localDateOf, MINUTE, offsetSpans, wallMidnight } from './zoned-time.ts';

/**
 * The instants in [from, to) at which the member's own clock is within their hours for that local
 * date. Each piece lies within a single local date: pieces of consecutive dates may touch but are
 * never joined, so a slot inside one piece is inside the hours of one date. A stretch of hours that
 * includes a spring-forward gap is shorter than it reads, and one that includes a fall-back repeat
 * longer — the clock really does read those times that often.
 */
export function openHours(availability: Availability, from: number, to: number): Span[] {
  const { timeZone } = availability;
  // Wide enough to hold every instant of the first and last dates, whatever the zone's offset.
  const spans = offsetSpans(timeZone, from - 2 * DAY, to + 2 * DAY);
  const last = addDays(localDateOf(to, timeZone), 1);
  const open: Span[] = [];
  for (let date = addDays(localDateOf(from, timeZone), -1); date <= last; date = addDays(date, 1)) {
    const midnight = wallMidnight(date);
    const pieces = hoursOn(availability, date).flatMap((range) =>
      instantsReading(midnight + range.from * MINUTE, midnight + range.to * MINUTE, spans));
    for (const piece of merge(pieces)) {
      const start = Math.max(piece.start, from);
      const end = Math.min(piece.end, to);
      if (start < end) open.push({ start, end });
    }
  }
  return open.sort((a, b) => a.start - b.start);
}

/** The member's busy meetings, widened by their buffer on both sides. */
export function blockedTime(schedule: MemberSchedule): Span[] {
  const buffer = schedule.availability.bufferMinutes * MINUTE;
  return schedule.busy.map((meeting) => ({ start: meeting.start.getTime() - buffer, end: meeting.end.getTime() + buffer }));
}

/** When in [from, to) the member could start and finish a meeting: open hours minus blocked time. */
export function freeTime(schedule: MemberSchedule, from: number, to: number): Span[] {
  return subtract(openHours(schedule.availability, from, to), blockedTime(schedule));
}
