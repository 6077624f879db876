import type { LocalDate } from './model.ts';
import { addDays, weekStartOf } from './plan-week.ts';

export interface WeekProgress {
  weekStart: LocalDate;
  itemsDone: number;
  meetingsHeld: number;
  newConnections: number;
}

export interface ProgressFacts {
  /** The weeks to report, oldest first (see weeksUpTo). */
  weeks: LocalDate[];
  timeZone: string;
  /** Plan items done, by the week of the plan they belonged to. */
  itemsDone: ReadonlyMap<LocalDate, number>;
  /** When each meeting held began, and when each new connection was accepted. */
  meetingsHeld: readonly Date[];
  newConnections: readonly Date[];
}

/** Per week on the member's clock: items done, meetings held, connections made. */
export function weeklyProgress({ weeks, timeZone, itemsDone, meetingsHeld, newConnections }: ProgressFacts): WeekProgress[] {
  const perWeek = (instants: readonly Date[]) => {
    const counts = new Map<LocalDate, number>();
    for (const instant of instants) {
      const week = weekStartOf(instant, timeZone);
      counts.set(week, (counts.get(week) ?? 0) + 1);
    }
    return counts;
  };
  const meetings = perWeek(meetingsHeld);
  const connections = perWeek(newConnections);
  return weeks.map((weekStart) => ({
    weekStart,
    itemsDone: itemsDone.get(weekStart) ?? 0,
    meetingsHeld: meetings.get(weekStart) ?? 0,
    newConnections: connections.get(weekStart) ?? 0,
  }));
}

/**
 * Consecutive weeks with at least one item done, up to now. The current week adds to the streak
 * once something is done in it, and does not break it before it is over.
 */
export function streakOf(weeksWithItemsDone: ReadonlySet<LocalDate>, currentWeek: LocalDate): number {
  let week = weeksWithItemsDone.has(currentWeek) ? currentWeek : addDays(currentWeek, -7);
  let streak = 0;
  while (weeksWithItemsDone.has(week)) {
    streak += 1;
    week = addDays(week, -7);
  }
  return streak;
}
