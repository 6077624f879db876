import { describe, expect, it } from 'vitest';
import { allMutualSlots, findMutualSlots, type SlotSearch } from './find-slots.ts';
import { isoSlots, localStarts, member, range, starts } from './test-support.ts';
import type { MemberSchedule } from './types.ts';

const madridWeekdays = { mon: [range('09:00', '17:00')], tue: [range('09:00', '17:00')], wed: [range('09:00', '17:00')],
  thu: [range('09:00', '17:00')], fri: [range('09:00', '17:00')] };
const sundays = (from: string, to: string) => ({ sun: [range(from, to)] });

function search(members: SlotSearch['members'], now: string, extra: Partial<SlotSearch> = {}): SlotSearch {
  return { members, lengthMinutes: 30, now: new Date(now), ...extra };
}

/** Two members of the same zone with the same hours: what the zone's clock allows, nothing else. */
function sameZonePair(timeZone: string, weeklyHours: MemberSchedule['availability']['weeklyHours']) {
  return [member(timeZone, { weeklyHours }), member(timeZone, { weeklyHours })] as const;
}

describe('findMutualSlots across time zones', () => {
  it('finds nothing when Madrid and New York mornings never overlap', () => {
    const members = [member('Europe/Madrid'), member('America/New_York')] as const;
    expect(findMutualSlots(search(members, '2026-03-02T08:00:00Z'))).toEqual([]);
  });

  it('follows New York’s spring change three weeks before Madrid’s', () => {
    // New York Tue–Thu 09:30–13:30; Madrid weekdays 09:00–17:00. The overlap is New York's 09:30 to
    // Madrid's 17:00: 14:30–16:00 UTC, then 13:30–16:00 UTC once New York is on EDT (8 March).
    const members = [member('Europe/Madrid', { weeklyHours: madridWeekdays }), member('America/New_York')] as const;
    const slots = findMutualSlots(search(members, '2026-03-02T08:00:00Z'));
    expect(isoSlots(slots)).toEqual([
      ['2026-03-03T14:30:00.000Z', '2026-03-03T15:00:00.000Z'],
      ['2026-03-04T14:30:00.000Z', '2026-03-04T15:00:00.000Z'],
      ['2026-03-05T14:30:00.000Z', '2026-03-05T15:00:00.000Z'],
      ['2026-03-10T13:30:00.000Z', '2026-03-10T14:00:00.000Z'],
      ['2026-03-11T13:30:00.000Z', '2026-03-11T14:00:00.000Z'],
    ]);
    expect(localStarts(slots, 'America/New_York')).toEqual(['09:30', '09:30', '09:30', '09:30', '09:30']);
    expect(localStarts(slots, 'Europe/Madrid')).toEqual(['15:30', '15:30', '15:30', '14:30', '14:30']);
  });

  it('shrinks the overlap when Madrid moves to summer time too (29 March)', () => {
    const members = [member('Europe/Madrid', { weeklyHours: madridWeekdays }), member('America/New_York')] as const;
    const all = allMutualSlots(search(members, '2026-03-23T08:00:00Z', { lengthMinutes: 60 }));
    const on = (date: string) => starts(all).filter((start) => start.startsWith(date));
    // Until 17:00 CET = 16:00 UTC.
    expect(on('2026-03-24')).toEqual([
      '2026-03-24T13:30:00.000Z', '2026-03-24T13:45:00.000Z', '2026-03-24T14:00:00.000Z', '2026-03-24T14:15:00.000Z',
      '2026-03-24T14:30:00.000Z', '2026-03-24T14:45:00.000Z', '2026-03-24T15:00:00.000Z',
    ]);
    // Until 17:00 CEST = 15:00 UTC.
    expect(on('2026-03-31')).toEqual(['2026-03-31T13:30:00.000Z', '2026-03-31T13:45:00.000Z', '2026-03-31T14:00:00.000Z']);
  });

  it('requires every member when there are more than two', () => {
    const members = [
      member('Europe/Madrid', { weeklyHours: madridWeekdays }),
      member('America/New_York'),
      member('Europe/London', { weeklyHours: { wed: [range('13:00', '15:00')] } }),
    ] as const;
    // London (still GMT in March) 13:00–15:00 UTC on Wednesdays ∩ 14:30–16:00, then 13:30–16:00 UTC.
    expect(starts(findMutualSlots(search(members, '2026-03-02T08:00:00Z')))).toEqual([
      '2026-03-04T14:30:00.000Z', '2026-03-11T13:30:00.000Z', '2026-03-11T14:00:00.000Z', '2026-03-11T14:30:00.000Z',
    ]);
  });
});

describe('findMutualSlots when clocks spring forward', () => {
  it('skips Madrid’s missing hour (29 March 2026, 02:00 → 03:00)', () => {
    const slots = allMutualSlots(search(sameZonePair('Europe/Madrid', sundays('01:00', '04:00')), '2026-03-28T00:00:00Z',
      { horizonDays: 2 }));
    expect(starts(slots)).toEqual([
      '2026-03-29T00:00:00.000Z', '2026-03-29T00:15:00.000Z', '2026-03-29T00:30:00.000Z', '2026-03-29T00:45:00.000Z',
      '2026-03-29T01:00:00.000Z', '2026-03-29T01:15:00.000Z', '2026-03-29T01:30:00.000Z',
    ]);
    // 01:00–04:00 on that day is two real hours; 01:45 CET + 30 minutes is 03:15 CEST.
    expect(localStarts(slots, 'Europe/Madrid')).toEqual(['01:00', '01:15', '01:30', '01:45', '03:00', '03:15', '03:30']);
  });

  it('skips London’s missing hour (29 March 2026, 01:00 → 02:00)', () => {
    const slots = allMutualSlots(search(sameZonePair('Europe/London', sundays('00:30', '03:00')), '2026-03-28T00:00:00Z',
      { horizonDays: 2 }));
    expect(starts(slots)).toEqual([
      '2026-03-29T00:30:00.000Z', '2026-03-29T00:45:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-29T01:15:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
    expect(localStarts(slots, 'Europe/London')).toEqual(['00:30', '00:45', '02:00', '02:15', '02:30']);
  });

  it('skips New York’s missing hour (8 March 2026, 02:00 → 03:00)', () => {
    const slots = allMutualSlots(search(sameZonePair('America/New_York', sundays('01:00', '04:00')), '2026-03-07T00:00:00Z',
      { horizonDays: 2 }));
    expect(starts(slots)).toEqual([
      '2026-03-08T06:00:00.000Z', '2026-03-08T06:15:00.000Z', '2026-03-08T06:30:00.000Z', '2026-03-08T06:45:00.000Z',
      '2026-03-08T07:00:00.000Z', '2026-03-08T07:15:00.000Z', '2026-03-08T07:30:00.000Z',
    ]);
    expect(localStarts(slots, 'America/New_York')).toEqual(['01:00', '01:15', '01:30', '01:45', '03:00', '03:15', '03:30']);
  });

  it('keeps every hour in Mexico City, which no longer changes clocks (old dates: 5 April, 25 October)', () => {
    for (const [now, day] of [['2026-04-04T00:00:00Z', '2026-04-05'], ['2026-10-24T00:00:00Z', '2026-10-25']] as const) {
      const slots = allMutualSlots(search(sameZonePair('America/Mexico_City', sundays('01:00', '04:00')), now,
        { horizonDays: 2, lengthMinutes: 60 }));
      // Three real hours at UTC−6 all year: 07:00–10:00 UTC.
      expect(isoSlots(slots).at(0)).toEqual([`${day}T07:00:00.000Z`, `${day}T08:00:00.000Z`]);
      expect(isoSlots(slots).at(-1)).toEqual([`${day}T09:00:00.000Z`, `${day}T10:00:00.000Z`]);
      expect(localStarts(slots, 'America/Mexico_City')).toEqual([
        '01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00',
      ]);
    }
  });
});

describe('findMutualSlots when clocks fall back', () => {
  it('offers Madrid’s repeated hour as distinct instants (25 October 2026, 03:00 → 02:00)', () => {
    const pair = sameZonePair('Europe/Madrid', sundays('01:00', '04:00'));
    const all = allMutualSlots(search(pair, '2026-10-24T00:00:00Z', { horizonDays: 2, lengthMinutes: 60 }));
    // 01:00 CEST (23:00 UTC) to 04:00 CET (03:00 UTC): four real hours.
    expect(starts(all)).toEqual([
      '2026-10-24T23:00:00.000Z', '2026-10-24T23:15:00.000Z', '2026-10-24T23:30:00.000Z', '2026-10-24T23:45:00.000Z',
      '2026-10-25T00:00:00.000Z', '2026-10-25T00:15:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T00:45:00.000Z',
      '2026-10-25T01:00:00.000Z', '2026-10-25T01:15:00.000Z', '2026-10-25T01:30:00.000Z', '2026-10-25T01:45:00.000Z',
      '2026-10-25T02:00:00.000Z',
    ]);
    expect(new Set(starts(all)).size).toBe(all.length);

    // Proposals never read the same on the clock: 02:00 CEST (00:00 UTC) is left out for 02:00 CET.
    const proposed = findMutualSlots(search(pair, '2026-10-24T00:00:00Z', { horizonDays: 2, lengthMinutes: 60 }));
    expect(starts(proposed)).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-25T01:00:00.000Z', '2026-10-25T02:00:00.000Z']);
    expect(localStarts(proposed, 'Europe/Madrid')).toEqual(['01:00', '02:00', '03:00']);
  });

  it('offers London’s repeated hour once per clock reading (25 October 2026, 02:00 → 01:00)', () => {
    const pair = sameZonePair('Europe/London', sundays('01:00', '02:00'));
    const all = allMutualSlots(search(pair, '2026-10-24T00:00:00Z', { horizonDays: 2 }));
    // 01:00–02:00 happens twice: 00:00–01:00 UTC (BST), then 01:00–02:00 UTC (GMT).
    expect(starts(all)).toEqual([
      '2026-10-25T00:00:00.000Z', '2026-10-25T00:15:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T00:45:00.000Z',
      '2026-10-25T01:00:00.000Z', '2026-10-25T01:15:00.000Z', '2026-10-25T01:30:00.000Z',
    ]);
    const proposed = findMutualSlots(search(pair, '2026-10-24T00:00:00Z', { horizonDays: 2 }));
    expect(starts(proposed)).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T00:45:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(localStarts(proposed, 'Europe/London')).toEqual(['01:00', '01:45', '01:30']);
  });

  it('offers New York’s repeated hour as distinct instants (1 November 2026, 02:00 → 01:00)', () => {
    const pair = sameZonePair('America/New_York', sundays('00:30', '02:00'));
    const all = allMutualSlots(search(pair, '2026-10-31T00:00:00Z', { horizonDays: 2, lengthMinutes: 60 }));
    // 00:30 EDT (04:30 UTC) to 02:00 EST (07:00 UTC).
    expect(starts(all)).toEqual([
      '2026-11-01T04:30:00.000Z', '2026-11-01T04:45:00.000Z', '2026-11-01T05:00:00.000Z', '2026-11-01T05:15:00.000Z',
      '2026-11-01T05:30:00.000Z', '2026-11-01T05:45:00.000Z', '2026-11-01T06:00:00.000Z',
    ]);
    expect(localStarts(all, 'America/New_York')).toEqual(['00:30', '00:45', '01:00', '01:15', '01:30', '01:45', '01:00']);
    const proposed = findMutualSlots(search(pair, '2026-10-31T00:00:00Z', { horizonDays: 2, lengthMinutes: 60 }));
    expect(starts(proposed)).toEqual(['2026-11-01T04:30:00.000Z', '2026-11-01T05:30:00.000Z']);
    expect(localStarts(proposed, 'America/New_York')).toEqual(['00:30', '01:30']);
  });
});

describe('findMutualSlots with meetings, buffers and exceptions', () => {
  // Monday 9 November 2026, 08:00 in Madrid; default hours Tue–Thu 09:30–13:30 CET = 08:30–12:30 UTC.
  const now = '2026-11-09T07:00:00Z';
  const tuesday = (slots: ReturnType<typeof allMutualSlots>) => starts(slots).filter((s) => s.startsWith('2026-11-10'));
  const tuesdayMeeting: Array<[string, string]> = [['2026-11-10T09:00:00Z', '2026-11-10T09:30:00Z']];

  it('keeps clear of busy meetings', () => {
    const members = [member('Europe/Madrid', {}, tuesdayMeeting), member('Europe/Madrid')] as const;
    expect(tuesday(allMutualSlots(search(members, now))).slice(0, 3)).toEqual([
      '2026-11-10T08:30:00.000Z', '2026-11-10T09:30:00.000Z', '2026-11-10T09:45:00.000Z',
    ]);
  });

  it('keeps each member’s own buffer around their own meetings', () => {
    const buffered = [member('Europe/Madrid', { bufferMinutes: 15 }, tuesdayMeeting), member('Europe/Madrid')] as const;
    expect(tuesday(allMutualSlots(search(buffered, now))).slice(0, 2)).toEqual([
      '2026-11-10T09:45:00.000Z', '2026-11-10T10:00:00.000Z',
    ]);
    // The other member's buffer is about their meetings, not this one.
    const otherBuffered = [member('Europe/Madrid', {}, tuesdayMeeting), member('Europe/Madrid', { bufferMinutes: 30 })] as const;
    expect(tuesday(allMutualSlots(search(otherBuffered, now))).slice(0, 2)).toEqual([
      '2026-11-10T08:30:00.000Z', '2026-11-10T09:30:00.000Z',
    ]);
  });

  it('skips days off and trips', () => {
    const holiday = [member('Europe/Madrid', { exceptions: [{ kind: 'off', from: '2026-11-10' }] }), member('Europe/Madrid')] as const;
    expect(starts(findMutualSlots(search(holiday, now)))).toEqual([
      '2026-11-11T08:30:00.000Z', '2026-11-12T08:30:00.000Z', '2026-11-17T08:30:00.000Z', '2026-11-18T08:30:00.000Z',
      '2026-11-19T08:30:00.000Z',
    ]);
    const trip = [member('Europe/Madrid'), member('Europe/Madrid', { exceptions: [{ kind: 'off', from: '2026-11-10', to: '2026-11-12' }] })] as const;
    expect(starts(findMutualSlots(search(trip, now)))).toEqual([
      '2026-11-17T08:30:00.000Z', '2026-11-17T10:00:00.000Z', '2026-11-18T08:30:00.000Z', '2026-11-18T10:00:00.000Z',
      '2026-11-19T08:30:00.000Z',
    ]);
  });

  it('adds extra hours on a date, also on a day off', () => {
    const mondayEvening = { kind: 'extra' as const, date: '2026-11-09', ranges: [range('16:00', '18:00')] };
    const both = [member('Europe/Madrid', { exceptions: [mondayEvening] }), member('Europe/Madrid', { exceptions: [mondayEvening] })] as const;
    expect(starts(findMutualSlots(search(both, now))).at(0)).toBe('2026-11-09T15:00:00.000Z');
    const onlyOne = [member('Europe/Madrid', { exceptions: [mondayEvening] }), member('Europe/Madrid')] as const;
    expect(starts(findMutualSlots(search(onlyOne, now))).at(0)).toBe('2026-11-10T08:30:00.000Z');

    const offButNoon = member('Europe/Madrid', { exceptions: [
      { kind: 'off', from: '2026-11-10' }, { kind: 'extra', date: '2026-11-10', ranges: [range('12:00', '13:00')] },
    ] });
    expect(tuesday(allMutualSlots(search([offButNoon, member('Europe/Madrid')], now)))).toEqual([
      '2026-11-10T11:00:00.000Z', '2026-11-10T11:15:00.000Z', '2026-11-10T11:30:00.000Z',
    ]);
  });

  it('finds nothing when a calendar is full or the hours never meet', () => {
    const full = member('Europe/Madrid', {}, [['2026-11-09T00:00:00Z', '2026-11-24T00:00:00Z']]);
    expect(findMutualSlots(search([member('Europe/Madrid'), full], now))).toEqual([]);
    const weekends = member('Europe/Madrid', { weeklyHours: { sat: [range('10:00', '14:00')], sun: [range('10:00', '14:00')] } });
    expect(findMutualSlots(search([member('Europe/Madrid'), weekends], now))).toEqual([]);
    const noHours = member('Europe/Madrid', { weeklyHours: {} });
    expect(findMutualSlots(search([noHours, member('Europe/Madrid')], now))).toEqual([]);
  });

  it('never lets a slot straddle midnight between two dates’ hours', () => {
    const lateAndEarly = { mon: [range('22:00', '24:00')], tue: [range('00:00', '02:00')] };
    const pair = sameZonePair('UTC', lateAndEarly);
    expect(starts(allMutualSlots(search(pair, '2026-11-09T00:00:00Z', { horizonDays: 2, lengthMinutes: 60 })))).toEqual([
      '2026-11-09T22:00:00.000Z', '2026-11-09T22:15:00.000Z', '2026-11-09T22:30:00.000Z', '2026-11-09T22:45:00.000Z',
      '2026-11-09T23:00:00.000Z', '2026-11-10T00:00:00.000Z', '2026-11-10T00:15:00.000Z', '2026-11-10T00:30:00.000Z',
      '2026-11-10T00:45:00.000Z', '2026-11-10T01:00:00.000Z',
    ]);
  });
});

describe('findMutualSlots count, spread, notice and horizon', () => {
  const pair = [member('Europe/Madrid'), member('Europe/Madrid')] as const;
  const monday = '2026-11-09T07:00:00Z';

  it('proposes five by default, the earliest of each day first', () => {
    expect(isoSlots(findMutualSlots(search(pair, monday)))).toEqual([
      ['2026-11-10T08:30:00.000Z', '2026-11-10T09:00:00.000Z'],
      ['2026-11-11T08:30:00.000Z', '2026-11-11T09:00:00.000Z'],
      ['2026-11-12T08:30:00.000Z', '2026-11-12T09:00:00.000Z'],
      ['2026-11-17T08:30:00.000Z', '2026-11-17T09:00:00.000Z'],
      ['2026-11-18T08:30:00.000Z', '2026-11-18T09:00:00.000Z'],
    ]);
  });

  it('adds a second time on the earliest days, an hour apart, once every day has one', () => {
    expect(starts(findMutualSlots(search(pair, monday, { maxSlots: 8 })))).toEqual([
      '2026-11-10T08:30:00.000Z', '2026-11-10T10:00:00.000Z', '2026-11-11T08:30:00.000Z', '2026-11-11T10:00:00.000Z',
      '2026-11-12T08:30:00.000Z', '2026-11-17T08:30:00.000Z', '2026-11-18T08:30:00.000Z', '2026-11-19T08:30:00.000Z',
    ]);
  });

  it('spreads over a single morning before filling the gaps', () => {
    const slots = findMutualSlots(search(pair, monday, { horizonDays: 2 }));
    expect(localStarts(slots, 'Europe/Madrid')).toEqual(['09:30', '10:00', '10:30', '11:00', '12:30']);
    expect(findMutualSlots(search(pair, monday, { horizonDays: 2, maxSlots: 3 })).map((s) => s.start.toISOString())).toEqual([
      '2026-11-10T08:30:00.000Z', '2026-11-10T10:00:00.000Z', '2026-11-10T11:30:00.000Z',
    ]);
    expect(findMutualSlots(search(pair, monday, { maxSlots: 0 }))).toEqual([]);
  });

  it('gives notice: two hours by default, then the next quarter hour', () => {
    expect(starts(findMutualSlots(search(pair, '2026-11-10T08:00:00Z'))).at(0)).toBe('2026-11-10T10:00:00.000Z');
    expect(starts(findMutualSlots(search(pair, '2026-11-10T08:07:00Z'))).at(0)).toBe('2026-11-10T10:15:00.000Z');
    expect(starts(findMutualSlots(search(pair, '2026-11-10T08:40:00Z', { minNoticeMinutes: 0 }))).at(0))
      .toBe('2026-11-10T08:45:00.000Z');
    // Late on the last open morning: nothing left that day, so the next day's first slot.
    expect(starts(findMutualSlots(search(pair, '2026-11-12T10:45:00Z'))).at(0)).toBe('2026-11-17T08:30:00.000Z');
  });

  it('stays within the horizon', () => {
    expect(findMutualSlots(search(pair, monday, { horizonDays: 1 }))).toEqual([]);
    const week = findMutualSlots(search(pair, monday, { horizonDays: 7, maxSlots: 20 }));
    expect(week.every((slot) => slot.end.getTime() <= Date.parse('2026-11-16T07:00:00Z'))).toBe(true);
    expect(starts(week).at(-1)?.slice(0, 10)).toBe('2026-11-12');
  });

  it('supports other lengths and steps, and refuses nonsense', () => {
    const hourly = findMutualSlots(search(pair, monday, { horizonDays: 2, lengthMinutes: 60, stepMinutes: 30 }));
    expect(localStarts(hourly, 'Europe/Madrid')).toEqual(['09:30', '10:30', '11:30', '12:30']);
    expect(() => findMutualSlots(search(pair, monday, { stepMinutes: 0 }))).toThrow(RangeError);
    expect(() => findMutualSlots(search([member('Mars/Olympus_Mons'), member('Europe/Madrid')], monday))).toThrow(RangeError);
  });
});
