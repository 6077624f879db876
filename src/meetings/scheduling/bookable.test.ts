import { describe, expect, it } from 'vitest';
import { isSlotBookable } from './bookable.ts';
import { MIN_NOTICE_MINUTES } from './find-slots.ts';
import { member, range } from './test-support.ts';

const slot = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const now = new Date('2026-11-09T07:00:00Z');
// Madrid default hours: Tue–Thu 09:30–13:30 CET = 08:30–12:30 UTC in November.
const pair = [member('Europe/Madrid'), member('Europe/Madrid')];

describe('isSlotBookable', () => {
  it('accepts a slot inside everyone’s hours, on the grid or not', () => {
    expect(isSlotBookable(slot('2026-11-10T08:30:00Z', '2026-11-10T09:00:00Z'), { members: pair, now })).toEqual({ bookable: true });
    expect(isSlotBookable(slot('2026-11-10T12:10:00Z', '2026-11-10T12:30:00Z'), { members: pair, now })).toEqual({ bookable: true });
  });

  it('calls a slot past once it starts, or within the notice asked for', () => {
    const tuesday = slot('2026-11-10T08:30:00Z', '2026-11-10T09:00:00Z');
    expect(isSlotBookable(tuesday, { members: pair, now: new Date('2026-11-10T08:30:00Z') })).toEqual({ bookable: true });
    expect(isSlotBookable(tuesday, { members: pair, now: new Date('2026-11-10T08:30:01Z') }))
      .toEqual({ bookable: false, reason: 'past' });
    expect(isSlotBookable(tuesday, { members: pair, now: new Date('2026-11-10T07:00:00Z'), minNoticeMinutes: MIN_NOTICE_MINUTES }))
      .toEqual({ bookable: false, reason: 'past' });
    // Past comes first, even when the slot is also outside the hours.
    expect(isSlotBookable(slot('2026-11-09T03:00:00Z', '2026-11-09T03:30:00Z'), { members: pair, now }))
      .toEqual({ bookable: false, reason: 'past' });
  });

  it('names the member whose hours the slot leaves', () => {
    const lateMadrid = [member('Europe/Madrid', { weeklyHours: { tue: [range('09:30', '18:00')] } }), member('Europe/Madrid')];
    expect(isSlotBookable(slot('2026-11-10T12:15:00Z', '2026-11-10T12:45:00Z'), { members: lateMadrid, now }))
      .toEqual({ bookable: false, reason: 'outside-availability', member: 1 });
    expect(isSlotBookable(slot('2026-11-09T09:00:00Z', '2026-11-09T09:30:00Z'), { members: lateMadrid, now }))
      .toEqual({ bookable: false, reason: 'outside-availability', member: 0 });
  });

  it('reads each member’s hours on their own clock across daylight-saving changes', () => {
    const madrid = member('Europe/Madrid', { weeklyHours: { tue: [range('09:00', '17:00')] } });
    const members = [madrid, member('America/New_York')];
    const march = new Date('2026-03-20T00:00:00Z');
    // 17:00 CET is 16:00 UTC on 24 March; 17:00 CEST is 15:00 UTC on 31 March.
    expect(isSlotBookable(slot('2026-03-24T15:00:00Z', '2026-03-24T16:00:00Z'), { members, now: march })).toEqual({ bookable: true });
    expect(isSlotBookable(slot('2026-03-31T15:00:00Z', '2026-03-31T16:00:00Z'), { members, now: march }))
      .toEqual({ bookable: false, reason: 'outside-availability', member: 0 });
  });

  it('accepts a slot across a skipped hour, refuses one across midnight', () => {
    const nightOwls = [member('Europe/Madrid', { weeklyHours: { sun: [range('01:00', '04:00')], mon: [range('00:00', '01:00')] } })];
    const march = new Date('2026-03-20T00:00:00Z');
    // 01:45 CET to 03:15 CEST.
    expect(isSlotBookable(slot('2026-03-29T00:45:00Z', '2026-03-29T01:15:00Z'), { members: nightOwls, now: march }))
      .toEqual({ bookable: true });
    const lateAndEarly = [member('UTC', { weeklyHours: { mon: [range('22:00', '24:00')], tue: [range('00:00', '02:00')] } })];
    expect(isSlotBookable(slot('2026-11-09T23:30:00Z', '2026-11-10T00:30:00Z'), { members: lateAndEarly, now }))
      .toEqual({ bookable: false, reason: 'outside-availability', member: 0 });
  });

  it('calls a slot taken when it meets a busy meeting or its buffer', () => {
    const busy = member('Europe/Madrid', { bufferMinutes: 15 }, [['2026-11-10T09:00:00Z', '2026-11-10T09:30:00Z']]);
    const members = [member('Europe/Madrid'), busy];
    expect(isSlotBookable(slot('2026-11-10T09:15:00Z', '2026-11-10T09:45:00Z'), { members, now }))
      .toEqual({ bookable: false, reason: 'taken', member: 1 });
    expect(isSlotBookable(slot('2026-11-10T09:30:00Z', '2026-11-10T10:00:00Z'), { members, now }))
      .toEqual({ bookable: false, reason: 'taken', member: 1 });
    expect(isSlotBookable(slot('2026-11-10T09:45:00Z', '2026-11-10T10:15:00Z'), { members, now })).toEqual({ bookable: true });
  });

  it('refuses a slot that does not end after it starts', () => {
    expect(() => isSlotBookable(slot('2026-11-10T09:00:00Z', '2026-11-10T09:00:00Z'), { members: pair, now })).toThrow(RangeError);
  });
});
