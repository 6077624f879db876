/** Weeks on the member's clock: plans are per ISO week (from Monday) in the account's time zone. */
import { DAY, HOUR, wallClock } from '../../meetings/scheduling/zoned-time.ts';
import type { LocalDate } from './model.ts';

const toDate = (wall: number): LocalDate => new Date(wall).toISOString().slice(0, 10);

export function addDays(date: LocalDate, days: number): LocalDate {
  return toDate(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}

/** The Monday of the week an instant falls in, on the clock of `timeZone`. */
export function weekStartOf(instant: Date, timeZone: string): LocalDate {
  const wall = wallClock(instant.getTime(), timeZone);
  const daysSinceMonday = (new Date(wall).getUTCDay() + 6) % 7;
  return toDate(wall - daysSinceMonday * DAY);
}

/** The member's date today. */
export function todayOf(instant: Date, timeZone: string): LocalDate {
  return toDate(wallClock(instant.getTime(), timeZone));
}

/** `count` consecutive weeks ending with the one starting `lastWeekStart`, oldest first. */
export function weeksUpTo(lastWeekStart: LocalDate, count: number): LocalDate[] {
  return Array.from({ length: count }, (_, index) => addDays(lastWeekStart, (index - count + 1) * 7));
}

const digestHour = 8;

/**
 * Whether the weekly digest is due for a member at this instant: on Monday from 08:00 on their
 * clock to the end of that day. The sweep runs every hour and the digest is sent once per week, so
 * it arrives at 8 and a sweep missed while the service was down is made up later that Monday.
 */
export function isDigestDue(instant: Date, timeZone: string): boolean {
  const wall = new Date(wallClock(instant.getTime(), timeZone));
  return wall.getUTCDay() === 1 && wall.getTime() % DAY >= digestHour * HOUR;
}
