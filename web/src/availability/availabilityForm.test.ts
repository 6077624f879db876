import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Availability } from '../types.ts';
import { availabilityErrors, daysOff, fieldPath, nextRange } from './availabilityForm.ts';

const t = ((key: string) => key) as unknown as TFunction;

const base: Availability = {
  timeZone: 'Europe/Madrid',
  weeklyHours: { tue: [{ from: '09:30', to: '13:30' }] },
  exceptions: [],
  formats: ['video'],
  defaultLength: 30,
  bufferMinutes: 15,
};

describe('availability form', () => {
  it('names server field paths the way the form does', () => {
    expect(fieldPath('weeklyHours.tue[0]')).toBe('weeklyHours/tue/0');
    expect(fieldPath('exceptions[2].ranges[1]')).toBe('exceptions/2/ranges/1');
    expect(fieldPath('weeklyHours/tue/0')).toBe('weeklyHours/tue/0');
  });

  it('adds a range after the last one, or a morning', () => {
    expect(nextRange([])).toEqual({ from: '09:30', to: '13:30' });
    expect(nextRange([{ from: '09:30', to: '13:30' }])).toEqual({ from: '14:30', to: '16:30' });
    expect(nextRange([{ from: '18:00', to: '22:00' }])).toEqual({ from: '09:30', to: '13:30' });
  });

  it('keeps each day off with its index among all exceptions', () => {
    const exceptions = [
      { kind: 'extra', date: '2026-03-02', ranges: [] },
      { kind: 'off', from: '2026-03-10' },
    ] as const;
    expect(daysOff(exceptions)).toEqual([{ index: 1, dayOff: { kind: 'off', from: '2026-03-10' } }]);
  });

  it('reports reversed ranges and dates, missing dates and no format', () => {
    expect(availabilityErrors(base, t)).toEqual([]);
    const bad: Availability = {
      ...base,
      weeklyHours: { tue: [{ from: '13:30', to: '09:30' }] },
      exceptions: [{ kind: 'off', from: '' }, { kind: 'off', from: '2026-03-10', to: '2026-03-09' }],
      formats: [],
    };
    expect(availabilityErrors(bad, t).map((error) => error.field)).toEqual(['weeklyHours/tue/0', 'exceptions/0', 'exceptions/1', 'formats']);
  });
});
