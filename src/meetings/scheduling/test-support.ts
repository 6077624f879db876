import { defaultAvailability } from './availability.ts';
import type { Availability, LocalTimeRange, MemberSchedule, Slot, WeeklyHours } from './types.ts';

/** A member in a zone with default hours, no meetings, and no buffer unless given. */
export function member(timeZone: string, changes: Partial<Availability> = {}, busy: Array<[string, string]> = []): MemberSchedule {
  return {
    availability: { ...defaultAvailability(timeZone), bufferMinutes: 0, ...changes },
    busy: busy.map(([start, end]) => ({ start: new Date(start), end: new Date(end) })),
  };
}

/** The same hours every day of the week. */
export function everyDay(...ranges: LocalTimeRange[]): WeeklyHours {
  return { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: ranges, sun: ranges };
}

export const range = (from: string, to: string): LocalTimeRange => ({ from, to });

/** Slots as [start, end] ISO strings, for exact comparisons. */
export function isoSlots(slots: readonly Slot[]): Array<[string, string]> {
  return slots.map((slot) => [slot.start.toISOString(), slot.end.toISOString()]);
}

export const starts = (slots: readonly Slot[]) => slots.map((slot) => slot.start.toISOString());

/** Local clock readings `HH:MM` of slot starts in a zone. */
export function localStarts(slots: readonly Slot[], timeZone: string): string[] {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return slots.map((slot) => format.format(slot.start));
}
