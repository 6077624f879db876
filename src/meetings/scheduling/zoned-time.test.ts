import { describe, expect, it } from 'vitest';
import {
  addDays, instantsReading, isValidTimeZone, localDateOf, offsetAt, offsetSpans, wallClock, weekdayOf,
} from './zoned-time.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const hours = (ms: number) => ms / 3_600_000;

function changes(timeZone: string, year: number) {
  return offsetSpans(timeZone, at(`${year}-01-01T00:00:00Z`), at(`${year + 1}-01-01T00:00:00Z`))
    .map((span) => [iso(span.start), hours(span.offset)]);
}

describe('offsetSpans', () => {
  it('finds the 2026 daylight-saving changes of Madrid and London, to the second', () => {
    expect(changes('Europe/Madrid', 2026)).toEqual([
      ['2026-01-01T00:00:00.000Z', 1], ['2026-03-29T01:00:00.000Z', 2], ['2026-10-25T01:00:00.000Z', 1],
    ]);
    expect(changes('Europe/London', 2026)).toEqual([
      ['2026-01-01T00:00:00.000Z', 0], ['2026-03-29T01:00:00.000Z', 1], ['2026-10-25T01:00:00.000Z', 0],
    ]);
  });
  it('finds New York’s (second Sunday of March, first of November, at 02:00 local)', () => {
    expect(changes('America/New_York', 2026)).toEqual([
      ['2026-01-01T00:00:00.000Z', -5], ['2026-03-08T07:00:00.000Z', -4], ['2026-11-01T06:00:00.000Z', -5],
    ]);
  });
  it('finds none in Mexico City since it abolished daylight saving in 2022, but does in 2022', () => {
    expect(changes('America/Mexico_City', 2026)).toEqual([['2026-01-01T00:00:00.000Z', -6]]);
    expect(changes('America/Mexico_City', 2022)).toEqual([
      ['2022-01-01T00:00:00.000Z', -6], ['2022-04-03T08:00:00.000Z', -5], ['2022-10-30T07:00:00.000Z', -6],
    ]);
  });
});

describe('instantsReading', () => {
  const madridMarch = offsetSpans('Europe/Madrid', at('2026-03-28T00:00:00Z'), at('2026-03-31T00:00:00Z'));
  const madridOctober = offsetSpans('Europe/Madrid', at('2026-10-24T00:00:00Z'), at('2026-10-27T00:00:00Z'));
  const wall = (text: string) => at(`${text}Z`);
  const stretches = (found: Array<{ start: number; end: number }>) => found.map((s) => [iso(s.start), iso(s.end)]);

  it('finds no instant for a local time that clocks skip', () => {
    expect(instantsReading(wall('2026-03-29T02:00'), wall('2026-03-29T03:00'), madridMarch)).toEqual([]);
    expect(stretches(instantsReading(wall('2026-03-29T01:30'), wall('2026-03-29T03:30'), madridMarch))).toEqual([
      ['2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z'], ['2026-03-29T01:00:00.000Z', '2026-03-29T01:30:00.000Z'],
    ]);
  });
  it('finds both stretches for a local time that happens twice', () => {
    expect(stretches(instantsReading(wall('2026-10-25T02:00'), wall('2026-10-25T02:30'), madridOctober))).toEqual([
      ['2026-10-25T00:00:00.000Z', '2026-10-25T00:30:00.000Z'], ['2026-10-25T01:00:00.000Z', '2026-10-25T01:30:00.000Z'],
    ]);
  });
});

describe('local clock and dates', () => {
  it('reads the clock on both sides of a change', () => {
    expect(iso(wallClock(at('2026-03-29T00:59:59Z'), 'Europe/Madrid'))).toBe('2026-03-29T01:59:59.000Z');
    expect(iso(wallClock(at('2026-03-29T01:00:00Z'), 'Europe/Madrid'))).toBe('2026-03-29T03:00:00.000Z');
    expect(hours(offsetAt(at('2026-11-01T05:30:00Z'), 'America/New_York'))).toBe(-4);
    expect(hours(offsetAt(at('2026-11-01T06:30:00Z'), 'America/New_York'))).toBe(-5);
  });
  it('gives the local date, which may differ from the UTC one', () => {
    expect(localDateOf(at('2026-03-10T03:00:00Z'), 'America/New_York')).toBe('2026-03-09');
    expect(localDateOf(at('2026-03-10T23:30:00Z'), 'Europe/Madrid')).toBe('2026-03-11');
  });
  it('counts days and weekdays on plain dates', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(weekdayOf('2026-03-29')).toBe('sun');
    expect(weekdayOf('2026-03-10')).toBe('tue');
  });
  it('tells known IANA zones from unknown ones', () => {
    expect(isValidTimeZone('America/Mexico_City')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('+01:00')).toBe(false);
  });
});
