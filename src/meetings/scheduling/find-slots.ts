import { freeTime } from './free-time.ts';
import { intersect, type Span } from './intervals.ts';
import { spreadSlots, type Candidate } from './spread.ts';
import type { MeetingLength, MemberSchedule, Slot } from './types.ts';
import { DAY, MINUTE, offsetIn, offsetSpans } from './zoned-time.ts';

export const DEFAULT_HORIZON_DAYS = 14;
export const DEFAULT_MAX_SLOTS = 5;
/** Proposals start at least this long after `now`: time to see the invitation, answer it and get there. */
export const MIN_NOTICE_MINUTES = 120;
/**
 * Slots start on multiples of this many minutes since the epoch — :00, :15, :30, :45 in UTC, and so
 * in every zone whose offset is a whole number of quarter hours (all of today's, Nepal's +05:45 too).
 */
export const SLOT_STEP_MINUTES = 15;

export interface SlotSearch {
  /** Everyone who must be free, the proposer first: days are grouped by the first member's dates. */
  members: readonly [MemberSchedule, ...MemberSchedule[]];
  lengthMinutes: MeetingLength;
  now: Date;
  /** Slots end at most this many days (of 24 hours) after `now`. */
  horizonDays?: number;
  maxSlots?: number;
  minNoticeMinutes?: number;
  stepMinutes?: number;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive whole number`);
  return value;
}

/** Every grid start at which the meeting fits inside one of the spans. */
function gridStarts(spans: readonly Span[], length: number, step: number): Span[] {
  const starts: Span[] = [];
  for (const span of spans) {
    for (let start = Math.ceil(span.start / step) * step; start + length <= span.end; start += step) {
      starts.push({ start, end: start + length });
    }
  }
  return starts;
}

interface SearchWindow {
  candidates: Candidate[];
  maxSlots: number;
}

function searchWindow(search: SlotSearch): SearchWindow {
  const { members, now } = search;
  const length = positiveInteger(search.lengthMinutes, 'lengthMinutes') * MINUTE;
  const step = positiveInteger(search.stepMinutes ?? SLOT_STEP_MINUTES, 'stepMinutes') * MINUTE;
  const maxSlots = Math.max(0, Math.floor(search.maxSlots ?? DEFAULT_MAX_SLOTS));
  const from = now.getTime() + (search.minNoticeMinutes ?? MIN_NOTICE_MINUTES) * MINUTE;
  const to = now.getTime() + (search.horizonDays ?? DEFAULT_HORIZON_DAYS) * DAY;
  if (from >= to) return { candidates: [], maxSlots };

  let mutual: Span[] = [{ start: from, end: to }];
  for (const member of members) mutual = intersect(mutual, freeTime(member, from, to));

  // Each member's clock at every candidate start, read from the zone's offsets over the window.
  const zoneSpans = members.map((member) => offsetSpans(member.availability.timeZone, from, to));
  const candidates = gridStarts(mutual, length, step).map((span) => {
    const wallStarts = zoneSpans.map((spans) => span.start + offsetIn(spans, span.start));
    return { ...span, day: new Date(wallStarts[0] as number).toISOString().slice(0, 10), wallStarts };
  });
  return { candidates, maxSlots };
}

function toSlot({ start, end }: Span): Slot {
  return { start: new Date(start), end: new Date(end) };
}

/**
 * Every time on the step grid at which all members are free, earliest first, ignoring maxSlots:
 * for "more times" lists and for tests. findMutualSlots picks its proposals among these.
 */
export function allMutualSlots(search: SlotSearch): Slot[] {
  return searchWindow(search).candidates.map(toSlot);
}

/**
 * Up to `maxSlots` times at which every member is free, earliest first and spread over days as
 * spreadSlots describes. A slot is free for a member when, on their own clock, it lies entirely
 * inside their hours of one local date (weekly hours and exceptions) and does not come within
 * their buffer of one of their busy meetings. Slots start on the step grid, no sooner than
 * `minNoticeMinutes` after `now`, and end within the horizon. Being instants, slots can neither
 * fall in an hour that clocks skip nor repeat in one they go back over.
 * Throws a RangeError for an unknown time zone (check availabilityProblems first) or bad numbers.
 */
export function findMutualSlots(search: SlotSearch): Slot[] {
  const { candidates, maxSlots } = searchWindow(search);
  return spreadSlots(candidates, maxSlots).map(toSlot);
}
