import { describe, expect, it } from 'vitest';
import {
  availabilityProblems, commonFormats, DEFAULT_WEEKLY_HOURS, defaultAvailability, hoursOn, minutesOf,
} from './availability.ts';
import { range } from './test-support.ts';
import type { Availability } from './types.ts';

const madrid = defaultAvailability('Europe/Madrid');

describe('defaultAvailability', () => {
  it('is Tuesday to Thursday, 09:30–13:30, in the member’s zone', () => {
    expect(DEFAULT_WEEKLY_HOURS).toEqual({
      tue: [{ from: '09:30', to: '13:30' }], wed: [{ from: '09:30', to: '13:30' }], thu: [{ from: '09:30', to: '13:30' }],
    });
    expect(madrid).toMatchObject({ timeZone: 'Europe/Madrid', defaultLength: 30, bufferMinutes: 15, exceptions: [] });
    expect(availabilityProblems(madrid)).toEqual([]);
  });
});

describe('hoursOn', () => {
  it('gives the weekday’s hours in minutes, nothing on other days', () => {
    expect(hoursOn(madrid, '2026-03-10')).toEqual([{ from: 570, to: 810 }]);
    expect(hoursOn(madrid, '2026-03-09')).toEqual([]);
  });
  it('merges overlapping and touching ranges and adds extra ones', () => {
    const availability: Availability = {
      ...madrid,
      weeklyHours: { mon: [range('12:00', '14:00'), range('09:00', '10:00'), range('13:00', '15:00')] },
      exceptions: [{ kind: 'extra', date: '2026-03-09', ranges: [range('10:00', '11:00'), range('18:00', '24:00')] }],
    };
    expect(hoursOn(availability, '2026-03-09')).toEqual([{ from: 540, to: 660 }, { from: 720, to: 900 }, { from: 1080, to: 1440 }]);
  });
  it('drops the weekly hours on days off, inclusive of both ends', () => {
    const trip: Availability = { ...madrid, exceptions: [{ kind: 'off', from: '2026-03-10', to: '2026-03-12' }] };
    expect(hoursOn(trip, '2026-03-10')).toEqual([]);
    expect(hoursOn(trip, '2026-03-12')).toEqual([]);
    expect(hoursOn(trip, '2026-03-17')).toEqual([{ from: 570, to: 810 }]);
  });
});

describe('minutesOf', () => {
  it('reads HH:MM from 00:00 to 24:00', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('09:30')).toBe(570);
    expect(minutesOf('24:00')).toBe(1440);
    for (const bad of ['24:30', '9:30', '25:00', '12:60', '']) expect(minutesOf(bad)).toBeUndefined();
  });
});

describe('commonFormats', () => {
  it('keeps the formats both accept, in the first member’s order', () => {
    expect(commonFormats({ ...madrid, formats: ['video', 'phone'] }, { ...madrid, formats: ['phone', 'in-person', 'video'] }))
      .toEqual(['video', 'phone']);
    expect(commonFormats({ ...madrid, formats: ['in-person'] }, { ...madrid, formats: ['video'] })).toEqual([]);
  });
});

describe('availabilityProblems', () => {
  it('names each field that is wrong', () => {
    const bad = {
      timeZone: 'Europe/Atlantis',
      weeklyHours: { tue: [range('13:30', '09:30')], wed: [range('9:30', '13:30')], thu: [range('09:30', '13:30')] },
      exceptions: [
        { kind: 'off', from: '2026-03-12', to: '2026-03-10' },
        { kind: 'off', from: '2026-02-30' },
        { kind: 'extra', date: '2026-03-09', ranges: [range('10:00', '10:00')] },
      ],
      formats: ['in-person', 'carrier-pigeon'],
      defaultLength: 20,
      bufferMinutes: -5,
    } as unknown as Availability;
    expect(availabilityProblems(bad)).toEqual([
      { field: 'timeZone', code: 'unknown-time-zone' },
      { field: 'weeklyHours.tue[0]', code: 'invalid-time-range' },
      { field: 'weeklyHours.wed[0]', code: 'invalid-time-range' },
      { field: 'exceptions[0]', code: 'invalid-date' },
      { field: 'exceptions[1]', code: 'invalid-date' },
      { field: 'exceptions[2].ranges[0]', code: 'invalid-time-range' },
      { field: 'formats', code: 'invalid-format' },
      { field: 'defaultLength', code: 'invalid-length' },
      { field: 'bufferMinutes', code: 'invalid-buffer' },
    ]);
  });
  it('refuses no formats, repeated formats and unknown weekdays', () => {
    expect(availabilityProblems({ ...madrid, formats: [] })).toEqual([{ field: 'formats', code: 'invalid-format' }]);
    expect(availabilityProblems({ ...madrid, formats: ['video', 'video'] })).toEqual([{ field: 'formats', code: 'invalid-format' }]);
    const weekly = { funday: [range('10:00', '11:00')] } as unknown as Availability['weeklyHours'];
    expect(availabilityProblems({ ...madrid, weeklyHours: weekly })).toEqual([{ field: 'weeklyHours.funday', code: 'invalid-time-range' }]);
  });
});
