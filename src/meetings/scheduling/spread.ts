import { overlaps, type Span } from './intervals.ts';
import { MINUTE } from './zoned-time.ts';

/** A possible slot, with what the spreading rule compares. */
export interface Candidate extends Span {
  /** The local date the slot is grouped by (the first member's). */
  day: string;
  /** The start as each member's clock reads it (wall milliseconds), in member order. */
  wallStarts: readonly number[];
}

/** Proposals on the same day are at least this far apart, end to start. */
export const SAME_DAY_GAP_MINUTES = 60;

/**
 * Up to `max` candidates, chosen so that a few proposals give real choice, then returned earliest first:
 *  1. the earliest candidate of each day, day by day, until `max`;
 *  2. then, in rounds over the days in order, one more per day: its earliest candidate at least
 *     SAME_DAY_GAP_MINUTES away from that day's other picks (09:30, 11:00, 12:30 — not 09:30, 09:45, 10:00);
 *  3. if still short, the earliest candidates left.
 * Picks never overlap each other, and no two read the same on any member's clock (in an hour that
 * clocks go back over, 01:30 happens twice: only one of them is offered).
 * `candidates` must be sorted by start.
 */
export function spreadSlots<C extends Candidate>(candidates: readonly C[], max: number): C[] {
  const gap = SAME_DAY_GAP_MINUTES * MINUTE;
  const days = new Map<string, C[]>();
  for (const candidate of candidates) {
    const day = days.get(candidate.day);
    if (day) day.push(candidate);
    else days.set(candidate.day, [candidate]);
  }

  const chosen: C[] = [];
  const clashes = (c: C) =>
    chosen.some((x) => overlaps(x, c) || x.wallStarts.some((wall, i) => wall === c.wallStarts[i]));
  const spaced = (c: C) =>
    chosen.every((x) => x.day !== c.day || c.start >= x.end + gap || c.end + gap <= x.start);

  for (let added = true; added && chosen.length < max; ) {
    added = false;
    for (const dayCandidates of days.values()) {
      if (chosen.length >= max) break;
      const pick = dayCandidates.find((c) => !chosen.includes(c) && !clashes(c) && spaced(c));
      if (pick) {
        chosen.push(pick);
        added = true;
      }
    }
  }
  for (const candidate of candidates) {
    if (chosen.length >= max) break;
    if (!chosen.includes(candidate) && !clashes(candidate)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
