import type { TFunction } from 'i18next';
import type { FieldError } from '../api.ts';
import type { Availability, AvailabilityException, LocalTimeRange } from '../types.ts';

/** Field paths as the form names them: `weeklyHours.tue[0]` (the scheduling core's style) becomes `weeklyHours/tue/0`. */
export function fieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '/$1').replaceAll('.', '/');
}

export const withFieldPaths = (errors: readonly FieldError[]): FieldError[] => errors.map((error) => ({ ...error, field: fieldPath(error.field) }));

/** A new range after the day's last one (or a morning on an empty day). */
export function nextRange(ranges: readonly LocalTimeRange[]): LocalTimeRange {
  const last = ranges.at(-1);
  if (!last || last.to >= '22:00') return { from: '09:30', to: '13:30' };
  const [hours = 0, minutes = 0] = last.to.split(':').map(Number);
  const from = `${String(Math.min(hours + 1, 22)).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  const to = `${String(Math.min(hours + 3, 23)).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return { from, to };
}

const isDayOff = (exception: AvailabilityException): exception is Extract<AvailabilityException, { kind: 'off' }> => exception.kind === 'off';

/** The days off with their index among all exceptions, which is how the server names their errors. */
export function daysOff(exceptions: readonly AvailabilityException[]) {
  return exceptions.flatMap((exception, index) => (isDayOff(exception) ? [{ index, dayOff: exception }] : []));
}

/** What can be told before asking the server: empty or reversed ranges, missing or reversed dates, no format. */
export function availabilityErrors(availability: Availability, t: TFunction): FieldError[] {
  const errors: FieldError[] = [];
  for (const [day, ranges] of Object.entries(availability.weeklyHours)) {
    ranges?.forEach((range, index) => {
      if (!range.from || !range.to || range.from >= range.to) errors.push({ field: `weeklyHours/${day}/${index}`, message: t('availability.rangeOrder') });
    });
  }
  for (const { index, dayOff } of daysOff(availability.exceptions)) {
    if (!dayOff.from) errors.push({ field: `exceptions/${index}`, message: t('availability.dateRequired') });
    else if (dayOff.to && dayOff.to < dayOff.from) errors.push({ field: `exceptions/${index}`, message: t('availability.dateOrder') });
  }
  if (availability.formats.length === 0) errors.push({ field: 'formats', message: t('availability.formatRequired') });
  return errors;
}
