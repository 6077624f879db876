import { notFound, ProblemError } from '../../http/problem.ts';
import type { TransitionRefusal } from './transitions.ts';
import type { ReferralRole } from './model.ts';

/** Someone else's referral looks like no referral at all: its contact details stay between its two members. */
export const referralNotFound = () => notFound('problem.referral.notFound.detail');
/** Unknown, hidden and "has blocked you" look the same, so nothing is revealed. */
export const receiverNotFound = () => notFound('problem.memberNotFound.detail');

export const referralToSelf = () => new ProblemError(400, 'self-referral', 'problem.referral.toSelf.title', 'problem.referral.toSelf.detail');
export const referralBlocked = () => new ProblemError(403, 'referral-blocked', 'problem.referral.blocked.title', 'problem.referral.blocked.detail');

/** A move refused by the transition rules, explained to the party who tried it. */
export function refusedMove(refusal: TransitionRefusal, role: ReferralRole): ProblemError {
  if (refusal === 'out-of-order') return new ProblemError(409, 'referral-state', 'problem.referral.state.title', 'problem.referral.state.detail');
  const detail = role === 'giver' ? 'problem.referral.receiverMoves.detail' : 'problem.referral.giverWithdraws.detail';
  return new ProblemError(403, 'referral-not-yours', 'problem.referral.notYours.title', detail);
}
