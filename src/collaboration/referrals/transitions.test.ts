import { describe, expect, it } from 'vitest';
import { referralStatuses, type ReferralRole, type ReferralStatus } from './model.ts';
import { nextSteps, refusalOf } from './transitions.ts';

/** Every legal move, written out: anything else must be refused. */
const legal: [ReferralRole, ReferralStatus, ReferralStatus][] = [
  ['receiver', 'new', 'contacted'],
  ['receiver', 'new', 'meeting'],
  ['receiver', 'new', 'lost'],
  ['receiver', 'contacted', 'meeting'],
  ['receiver', 'contacted', 'won'],
  ['receiver', 'contacted', 'lost'],
  ['receiver', 'meeting', 'won'],
  ['receiver', 'meeting', 'lost'],
  ['giver', 'new', 'withdrawn'],
];
const isLegal = (role: ReferralRole, from: ReferralStatus, to: ReferralStatus) => legal.some(([r, f, t]) => r === role && f === from && t === to);

const everyMove = (['giver', 'receiver'] as const).flatMap((role) =>
  referralStatuses.flatMap((from) => referralStatuses.map((to) => [role, from, to] as const)),
);

describe('referral transitions', () => {
  it.each(legal)('%s may move a referral from %s to %s', (role, from, to) => {
    expect(refusalOf(role, from, to)).toBeNull();
  });

  const illegal = everyMove.filter(([role, from, to]) => !isLegal(role, from, to));
  it(`refuses each of the ${illegal.length} other moves, saying whose move it would be`, () => {
    expect(illegal).toHaveLength(2 * 6 * 6 - legal.length);
    for (const [role, from, to] of illegal) {
      const ownMove = (to === 'withdrawn') === (role === 'giver');
      expect(refusalOf(role, from, to), `${role}: ${from} → ${to}`).toBe(ownMove ? 'out-of-order' : 'not-yours');
    }
  });

  it('never lets the giver mark a referral won, nor the receiver withdraw it', () => {
    for (const from of referralStatuses) {
      expect(refusalOf('giver', from, 'won')).toBe('not-yours');
      expect(refusalOf('receiver', from, 'withdrawn')).toBe('not-yours');
    }
  });

  it('wins business only after contact, and final statuses never change', () => {
    expect(refusalOf('receiver', 'new', 'won')).toBe('out-of-order');
    for (const from of ['won', 'lost', 'withdrawn'] as const) for (const role of ['giver', 'receiver'] as const) expect(nextSteps(role, from)).toEqual([]);
  });

  it('lists the next steps of each party', () => {
    expect(nextSteps('receiver', 'new')).toEqual(['contacted', 'meeting', 'lost']);
    expect(nextSteps('giver', 'new')).toEqual(['withdrawn']);
    expect(nextSteps('giver', 'contacted')).toEqual([]);
    for (const [role, from, to] of everyMove) expect(nextSteps(role, from).includes(to)).toBe(isLegal(role, from, to));
  });
});
