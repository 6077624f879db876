import type { Locale, Meeting } from '../types.ts';

/** A local date `YYYY-MM-DD`. */
export type LocalDate = string;

export interface CalendarDay {
  date: LocalDate;
  meetings: Meeting[];
}

export interface CalendarWeek {
  /** The Monday the week starts on. */
  monday: LocalDate;
  days: CalendarDay[];
}

const DAY_MS = 86_400_000;
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local date of an instant in a time zone. */
export function localDateOf(instant: string, timeZone: string): LocalDate {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(instant));
}

const addDays = (date: LocalDate, days: number): LocalDate => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

function mondayOf(date: LocalDate): LocalDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * Meetings with an agreed slot laid out by week (Monday to Sunday, every day present) on the
 * viewer's clock; only weeks with a meeting, earliest first, meetings in order within a day.
 */
export function calendarWeeks(meetings: readonly Meeting[], timeZone: string): CalendarWeek[] {
  const byDate = new Map<LocalDate, Meeting[]>();
  const scheduled = meetings.filter((meeting) => meeting.slot).sort((a, b) => Date.parse(a.slot?.start ?? '') - Date.parse(b.slot?.start ?? ''));
  for (const meeting of scheduled) {
    const date = localDateOf(meeting.slot?.start ?? '', timeZone);
    byDate.set(date, [...(byDate.get(date) ?? []), meeting]);
  }
  const mondays = [...new Set([...byDate.keys()].map(mondayOf))].sort();
  return mondays.map((monday) => ({
    monday,
    days: Array.from({ length: 7 }, (_, offset) => {
      const date = addDays(monday, offset);
      return { date, meetings: byDate.get(date) ?? [] };
    }),
  }));
}

/** "jueves, 3 de diciembre" / "Thursday 3 December": a local date as words, without converting zones. */
export function dayName(date: LocalDate, locale: Locale, withYear = false): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'es-ES', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(`${date}T00:00:00Z`));
}
