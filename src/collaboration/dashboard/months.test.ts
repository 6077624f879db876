import { describe, expect, it } from 'vitest';
import { countByMonth, lastMonths, monthKey } from './months.ts';

describe('dashboard months', () => {
  it('reads the month on the member’s clock', () => {
    const newYearInMadrid = new Date('2024-12-31T23:30:00Z');
    expect(monthKey(newYearInMadrid, 'Europe/Madrid')).toBe('2025-01');
    expect(monthKey(newYearInMadrid, 'UTC')).toBe('2024-12');
    expect(monthKey(newYearInMadrid, 'America/New_York')).toBe('2024-12');
  });

  it('lists the last twelve months oldest first, across the year boundary', () => {
    expect(lastMonths(new Date('2025-03-15T12:00:00Z'), 'UTC')).toEqual([
      '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03',
    ]);
    expect(lastMonths(new Date('2024-12-31T23:30:00Z'), 'Europe/Madrid', 2)).toEqual(['2024-12', '2025-01']);
  });

  it('counts instants per month, leaving out those outside the months shown', () => {
    const months = ['2025-01', '2025-02'];
    const counts = countByMonth(
      ['2024-12-15T10:00:00Z', '2025-01-01T10:00:00Z', '2025-01-31T23:30:00Z', '2025-02-10T10:00:00Z'].map((at) => new Date(at)),
      months,
      'Europe/Madrid',
    );
    expect([...counts]).toEqual([['2025-01', 1], ['2025-02', 2]]);
  });
});
