import type { ReferralRole, ReferralStatus } from './model.ts';

/**
 * The receiver carries a referral forward: new → contacted → meeting → won, and may skip ahead —
 * a meeting implies the contact — but business is only won once the third party was contacted.
 * Any open referral may be lost. The giver may only take it back while nothing has happened yet.
 * Won, lost and withdrawn are final.
 */
const moves: Record<ReferralRole, Record<ReferralStatus, readonly ReferralStatus[]>> = {
  receiver: { new: ['contacted', 'meeting', 'lost'], contacted: ['meeting', 'won', 'lost'], meeting: ['won', 'lost'], won: [], lost: [], withdrawn: [] },
  giver: { new: ['withdrawn'], contacted: [], meeting: [], won: [], lost: [], withdrawn: [] },
};

/** Which party a target status belongs to: withdrawing is the giver's, every other move the receiver's. */
const ownerOf = (to: ReferralStatus): ReferralRole => (to === 'withdrawn' ? 'giver' : 'receiver');

/** Why a move is refused: it is the other party's to make, or it is not a next step from here. */
export type TransitionRefusal = 'not-yours' | 'out-of-order';

export function refusalOf(role: ReferralRole, from: ReferralStatus, to: ReferralStatus): TransitionRefusal | null {
  if (ownerOf(to) !== role) return 'not-yours';
  return moves[role][from].includes(to) ? null : 'out-of-order';
}

/** What this party may do next, for the web app's buttons. */
export const nextSteps = (role: ReferralRole, from: ReferralStatus): ReferralStatus[] => [...moves[role][from]];
