import { describe, expect, it } from 'vitest';
import { intersect, merge, subtract } from './intervals.ts';

const s = (start: number, end: number) => ({ start, end });

describe('intervals', () => {
  it('merges overlapping and touching spans in any order, dropping empty ones', () => {
    expect(merge([s(5, 7), s(1, 3), s(3, 4), s(9, 9)])).toEqual([s(1, 4), s(5, 7)]);
  });
  it('cuts holes out, keeping touching intervals apart', () => {
    expect(subtract([s(0, 10), s(10, 20)], [s(8, 12), s(15, 16)])).toEqual([s(0, 8), s(12, 15), s(16, 20)]);
    expect(subtract([s(0, 10)], [s(0, 10)])).toEqual([]);
    expect(subtract([s(0, 10)], [])).toEqual([s(0, 10)]);
  });
  it('intersects two lists piece by piece', () => {
    expect(intersect([s(0, 10), s(10, 20)], [s(5, 15), s(18, 30)])).toEqual([s(5, 10), s(10, 15), s(18, 20)]);
    expect(intersect([s(0, 5)], [s(5, 10)])).toEqual([]);
  });
});
