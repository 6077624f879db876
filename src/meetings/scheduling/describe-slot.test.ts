import { describe, expect, it } from 'vitest';
import { describeSlot, type SlotDescription } from './describe-slot.ts';

const slot = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
// ICU puts narrow no-break spaces before AM/PM; compare with plain spaces.
const plain = (d: SlotDescription) =>
  Object.fromEntries(Object.entries(d).map(([key, value]) => [key, value.replace(/\s/g, ' ')]));

describe('describeSlot', () => {
  const tuesday = slot('2026-03-10T13:30:00Z', '2026-03-10T14:00:00Z');

  it('writes a slot in each member’s zone and language', () => {
    expect(plain(describeSlot(tuesday, 'Europe/Madrid', 'es'))).toEqual({
      date: 'martes, 10 de marzo de 2026', time: '14:30–15:00', timeZoneName: 'CET',
      text: 'martes, 10 de marzo de 2026, 14:30–15:00 (CET)',
    });
    expect(plain(describeSlot(tuesday, 'America/New_York', 'en'))).toEqual({
      date: 'Tuesday, March 10, 2026', time: '9:30 AM – 10:00 AM', timeZoneName: 'EDT',
      text: 'Tuesday, March 10, 2026, 9:30 AM – 10:00 AM (EDT)',
    });
    expect(plain(describeSlot(tuesday, 'America/Mexico_City', 'es')).text).toBe('martes, 10 de marzo de 2026, 7:30–8:00 (GMT-6)');
  });

  it('gives the local date, not the UTC one', () => {
    const late = slot('2026-03-11T02:00:00Z', '2026-03-11T02:30:00Z');
    expect(plain(describeSlot(late, 'America/New_York', 'en')).date).toBe('Tuesday, March 10, 2026');
    expect(describeSlot(late, 'Europe/Madrid', 'es').date).toBe('miércoles, 11 de marzo de 2026');
  });

  it('tells the two readings of a repeated hour apart', () => {
    const first = describeSlot(slot('2026-10-25T00:00:00Z', '2026-10-25T00:30:00Z'), 'Europe/Madrid', 'es');
    const second = describeSlot(slot('2026-10-25T01:00:00Z', '2026-10-25T01:30:00Z'), 'Europe/Madrid', 'es');
    expect(first.text).toBe('domingo, 25 de octubre de 2026, 2:00–2:30 (CEST)');
    expect(second.text).toBe('domingo, 25 de octubre de 2026, 2:00–2:30 (CET)');
  });

  it('gives each end its zone when the clocks change during the meeting', () => {
    const across = slot('2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z');
    expect(describeSlot(across, 'Europe/Madrid', 'es').text).toBe('domingo, 25 de octubre de 2026, 2:30 CEST – 2:30 CET');
    expect(plain(describeSlot(across, 'Europe/London', 'en')).time).toBe('1:30 AM GMT+1 – 1:30 AM GMT');
  });

  it('refuses an unknown zone', () => {
    expect(() => describeSlot(tuesday, 'Europe/Atlantis', 'es')).toThrow(RangeError);
  });
});
