import { describe, expect, it } from 'vitest';
import { streakOf, weeklyProgress } from './progress.ts';

describe('progress', () => {
  it('counts meetings and connections in the weeks of the member’s clock', () => {
    const progress = weeklyProgress({
      weeks: ['2030-03-04', '2030-03-11'],
      timeZone: 'America/New_York',
      itemsDone: new Map([['2030-03-11', 3]]),
      // Monday 11 March 02:00 UTC is still Sunday 10 March in New York.
      meetingsHeld: [new Date('2030-03-11T02:00:00Z'), new Date('2030-03-12T15:00:00Z'), new Date('2029-01-01T10:00:00Z')],
      newConnections: [new Date('2030-03-13T15:00:00Z')],
    });
    expect(progress).toEqual([
      { weekStart: '2030-03-04', itemsDone: 0, meetingsHeld: 1, newConnections: 0 },
      { weekStart: '2030-03-11', itemsDone: 3, meetingsHeld: 1, newConnections: 1 },
    ]);
  });

  it('keeps a streak of consecutive weeks with something done, not broken by a week still under way', () => {
    const weeks = new Set(['2030-02-18', '2030-02-25', '2030-03-04']);
    expect(streakOf(weeks, '2030-03-04')).toBe(3);
    expect(streakOf(weeks, '2030-03-11')).toBe(3); // nothing yet this week
    expect(streakOf(weeks, '2030-03-18')).toBe(0); // a whole week missed
    expect(streakOf(new Set(['2030-03-11', '2030-02-25']), '2030-03-11')).toBe(1);
    expect(streakOf(new Set(), '2030-03-11')).toBe(0);
  });
});
