import type { MonthRange } from '../../db/months.ts';

/** The month of an instant on a clock, as 'YYYY-MM'. */
export function monthKey(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

/** The last `count` months on the member's clock, oldest first, ending with the current one. */
export function lastMonths(now: Date, timeZone: string, count = 12): string[] {
  const [year, month] = monthKey(now, timeZone).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export const rangeOf = (months: string[], timeZone: string): MonthRange => ({ timeZone, first: months[0]! });

/** How many of the instants fall in each of the months (others are left out). */
export function countByMonth(instants: Date[], months: string[], timeZone: string): Map<string, number> {
  const counts = new Map(months.map((month) => [month, 0]));
  for (const instant of instants) {
    const month = monthKey(instant, timeZone);
    if (counts.has(month)) counts.set(month, counts.get(month)! + 1);
  }
  return counts;
}
