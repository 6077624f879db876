import { describe, expect, it } from 'vitest';
import { spreadSlots, type Candidate } from './spread.ts';

const minute = 60_000;
/** A 30-minute candidate at hh:mm on a day, read the same by everyone's clock. */
function at(day: string, time: string): Candidate {
  const start = Date.parse(`${day}T${time}:00Z`);
  return { start, end: start + 30 * minute, day, wallStarts: [start] };
}
const morning = (day: string) =>
  ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15', '10:30', '10:45', '11:00', '11:15', '11:30'].map((t) => at(day, t));
const label = (picked: Candidate[]) => picked.map((c) => `${c.day.slice(8)} ${new Date(c.start).toISOString().slice(11, 16)}`);

describe('spreadSlots', () => {
  it('takes each day’s earliest first', () => {
    const candidates = [...morning('2026-03-03'), ...morning('2026-03-04'), ...morning('2026-03-05')];
    expect(label(spreadSlots(candidates, 3))).toEqual(['03 09:00', '04 09:00', '05 09:00']);
  });
  it('then one more per day, an hour clear of that day’s picks, earliest days first', () => {
    const candidates = [...morning('2026-03-03'), ...morning('2026-03-04'), ...morning('2026-03-05')];
    expect(label(spreadSlots(candidates, 5))).toEqual(['03 09:00', '03 10:30', '04 09:00', '04 10:30', '05 09:00']);
  });
  it('fills with the earliest that do not overlap when spacing runs out', () => {
    expect(label(spreadSlots(morning('2026-03-03'), 4))).toEqual(['03 09:00', '03 09:30', '03 10:00', '03 10:30']);
  });
  it('never offers two candidates that read the same on someone’s clock', () => {
    const first = { ...at('2026-10-25', '00:00'), wallStarts: [111] };
    const repeat = { ...at('2026-10-25', '02:00'), wallStarts: [111] };
    const other = { ...at('2026-10-25', '03:30'), wallStarts: [222] };
    expect(spreadSlots([first, repeat, other], 5)).toEqual([first, other]);
  });
  it('returns nothing for no room or no candidates', () => {
    expect(spreadSlots(morning('2026-03-03'), 0)).toEqual([]);
    expect(spreadSlots([], 5)).toEqual([]);
  });
});
