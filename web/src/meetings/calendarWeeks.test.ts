import { describe, expect, it } from 'vitest';
import type { Meeting } from '../types.ts';
import { calendarWeeks, dayName, localDateOf } from './calendarWeeks.ts';

const meetingAt = (id: string, start: string | null) =>
  ({ id, slot: start ? { start, end: start, yours: '', theirs: '' } : null }) as unknown as Meeting;

describe('calendar weeks', () => {
  it('reads the local date on the viewer’s clock', () => {
    expect(localDateOf('2026-03-10T23:30:00Z', 'Europe/Madrid')).toBe('2026-03-11');
    expect(localDateOf('2026-03-10T03:30:00Z', 'America/New_York')).toBe('2026-03-09');
  });

  it('lays meetings out Monday to Sunday, only weeks that have one, in order', () => {
    const weeks = calendarWeeks(
      [meetingAt('late', '2026-03-26T10:00:00Z'), meetingAt('b', '2026-03-11T12:00:00Z'), meetingAt('a', '2026-03-11T09:00:00Z'), meetingAt('none', null)],
      'Europe/Madrid',
    );
    expect(weeks.map((week) => week.monday)).toEqual(['2026-03-09', '2026-03-23']);
    expect(weeks[0]?.days.map((day) => day.date)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    expect(weeks[0]?.days[2]?.meetings.map((meeting) => meeting.id)).toEqual(['a', 'b']);
    expect(weeks[1]?.days[3]?.meetings.map((meeting) => meeting.id)).toEqual(['late']);
  });

  it('names a day in the member’s language', () => {
    expect(dayName('2026-03-11', 'es')).toBe('miércoles, 11 de marzo');
    expect(dayName('2026-03-11', 'en', true)).toMatch(/^Wednesday,? 11 March 2026$/);
  });
});
