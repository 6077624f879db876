import type { Locale } from '../../i18n/locale.ts';
import type { Slot } from './types.ts';

/** A slot as one member reads it on their own clock. */
export interface SlotDescription {
  /** "martes, 10 de marzo de 2026" / "Tuesday, March 10, 2026" (the start's local date). */
  date: string;
  /** "14:00–14:30" / "2:00 PM – 2:30 PM", with each end's zone when they differ (clocks change mid-meeting). */
  time: string;
  /** The zone's short name at the start, as the locale writes it: "CET", "GMT+1", "EDT". */
  timeZoneName: string;
  /** All of it: "martes, 10 de marzo de 2026, 14:00–14:30 (CET)". */
  text: string;
}

const formatters = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat; zone: Intl.DateTimeFormat }>();

function formattersFor(timeZone: string, locale: Locale) {
  const key = `${locale} ${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = {
      date: new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }),
      zone: new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
    };
    formatters.set(key, found);
  }
  return found;
}

/**
 * The local date and times of a slot in a member's zone and language. Start and end are formatted
 * separately, not with formatRange, which writes "1:30" for a meeting from 01:30 BST to 01:30 GMT.
 * Throws a RangeError for an unknown time zone.
 */
export function describeSlot(slot: Slot, timeZone: string, locale: Locale): SlotDescription {
  const f = formattersFor(timeZone, locale);
  const zoneAt = (instant: Date) => f.zone.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const dash = locale === 'en' ? ' – ' : '–';
  const startZone = zoneAt(slot.start);
  const endZone = zoneAt(slot.end);
  const date = f.date.format(slot.start);
  const time = startZone === endZone
    ? `${f.time.format(slot.start)}${dash}${f.time.format(slot.end)}`
    : `${f.time.format(slot.start)} ${startZone} – ${f.time.format(slot.end)} ${endZone}`;
  const text = startZone === endZone ? `${date}, ${time} (${startZone})` : `${date}, ${time}`;
  return { date, time, timeZoneName: startZone, text };
}
