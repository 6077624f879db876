import { describe, expect, it } from 'vitest';
import { addDays, isDigestDue, todayOf, weekStartOf, weeksUpTo } from './plan-week.ts';

const at = (iso: string) => new Date(iso);

describe('weeks on the member’s clock', () => {
  it('start on Monday in the member’s time zone', () => {
    // Sunday 23:30 in Madrid is already Monday in UTC+3, still Sunday in New York.
    expect(weekStartOf(at('2030-03-10T22:30:00Z'), 'Europe/Madrid')).toBe('2030-03-04');
    expect(weekStartOf(at('2030-03-10T22:30:00Z'), 'Europe/Istanbul')).toBe('2030-03-11');
    expect(weekStartOf(at('2030-03-11T03:00:00Z'), 'America/New_York')).toBe('2030-03-04');
    expect(weekStartOf(at('2030-03-11T05:00:00Z'), 'America/New_York')).toBe('2030-03-11');
    expect(todayOf(at('2030-03-10T23:30:00Z'), 'Europe/Madrid')).toBe('2030-03-11');
  });

  it('count back across month and year ends', () => {
    expect(addDays('2030-01-03', -7)).toBe('2029-12-27');
    expect(weeksUpTo('2030-01-07', 3)).toEqual(['2029-12-24', '2029-12-31', '2030-01-07']);
  });
});

describe('the weekly digest is due', () => {
  it('on Monday from 08:00 on the member’s clock, not before, not on Tuesday', () => {
    // Madrid in winter is UTC+1.
    expect(isDigestDue(at('2030-01-07T06:59:00Z'), 'Europe/Madrid')).toBe(false);
    expect(isDigestDue(at('2030-01-07T07:00:00Z'), 'Europe/Madrid')).toBe(true);
    expect(isDigestDue(at('2030-01-07T22:59:00Z'), 'Europe/Madrid')).toBe(true);
    expect(isDigestDue(at('2030-01-07T23:00:00Z'), 'Europe/Madrid')).toBe(false); // Tuesday 00:00
    expect(isDigestDue(at('2030-01-06T07:00:00Z'), 'Europe/Madrid')).toBe(false); // Sunday
  });

  it('follows daylight saving time on both sides of the change and in both hemispheres', () => {
    // Europe moves its clocks on Sunday 31 March 2030: Monday 1 April 08:00 in Madrid is 06:00 UTC.
    expect(isDigestDue(at('2030-03-25T06:30:00Z'), 'Europe/Madrid')).toBe(false); // 07:30 CET
    expect(isDigestDue(at('2030-03-25T07:00:00Z'), 'Europe/Madrid')).toBe(true);
    expect(isDigestDue(at('2030-04-01T05:30:00Z'), 'Europe/Madrid')).toBe(false); // 07:30 CEST
    expect(isDigestDue(at('2030-04-01T06:00:00Z'), 'Europe/Madrid')).toBe(true);
    // The United States on Sunday 10 March 2030: Monday 08:00 is 13:00 UTC before, 12:00 UTC after.
    expect(isDigestDue(at('2030-03-04T12:30:00Z'), 'America/New_York')).toBe(false);
    expect(isDigestDue(at('2030-03-11T12:00:00Z'), 'America/New_York')).toBe(true);
    // Sydney leaves summer time on Sunday 7 April 2030: UTC+11 before, UTC+10 after.
    expect(isDigestDue(at('2030-03-31T21:00:00Z'), 'Australia/Sydney')).toBe(true); // Mon 08:00 AEDT
    expect(isDigestDue(at('2030-04-07T21:00:00Z'), 'Australia/Sydney')).toBe(false); // Mon 07:00 AEST
    expect(isDigestDue(at('2030-04-07T22:00:00Z'), 'Australia/Sydney')).toBe(true);
  });

  it('is met by exactly one hourly sweep at 08:xx in zones with half-hour offsets', () => {
    const sweeps = Array.from({ length: 48 }, (_, hour) => new Date(Date.UTC(2030, 0, 6, hour)));
    const first = sweeps.findIndex((sweep) => isDigestDue(sweep, 'Asia/Kolkata'));
    expect(sweeps[first]!.toISOString()).toBe('2030-01-07T03:00:00.000Z'); // 08:30 IST
  });
});
