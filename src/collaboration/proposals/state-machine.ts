import type { ProposalAction, ProposalState } from './model.ts';

/**
 * Who is acting: the member who wrote the proposal, another member on it, or anyone else. A draft
 * belongs to its author alone until it is sent, so the other parties are outsiders to it.
 */
export type ActorRole = 'author' | 'party' | 'outsider';

/** What the machine needs to know beyond the state: the versions involved and who has accepted. */
export interface TransitionFacts {
  currentVersion: number;
  /** The version the actor names (edit and accept must name the current one); null when none. */
  claimedVersion: number | null;
  /** The actor has already accepted the current version. */
  actorAccepted: boolean;
  /** Every party except the actor has accepted the current version. */
  othersAccepted: boolean;
}

export const refusalReasons = [
  /** Not on the proposal, or a draft not yet sent to them: it must look like no proposal at all. */
  'notParty',
  /** Still a draft: only editing, sending or cancelling it makes sense. */
  'notSent',
  'alreadySent',
  /** Someone changed the proposal since the actor read it. */
  'staleVersion',
  'alreadyAccepted',
  'alreadyAgreed',
  /** Active: the terms are being carried out and are no longer negotiated. */
  'notNegotiating',
  'notAgreed',
  'notActive',
  /** Completed or cancelled: nothing changes any more. */
  'final',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export type Transition = { ok: true; state: ProposalState } | { ok: false; reason: RefusalReason };

/** Whether `role` may read a proposal in this state: parties may, once the author has sent it. */
export const canSee = (state: ProposalState, role: ActorRole) => role === 'author' || (role === 'party' && state !== 'draft');

const to = (state: ProposalState): Transition => ({ ok: true, state });
const refuse = (reason: RefusalReason): Transition => ({ ok: false, reason });

/**
 * Whether `role` may do `action` to a proposal in `current`, and the state it leaves it in.
 *
 * draft → sent → discussing → agreed → active → completed, and cancelled from any state not final.
 * Any answer (comment, acceptance, or an edit by someone other than the author) opens the discussion;
 * sending and editing count as accepting the version one sent or wrote, so the proposal is agreed
 * when the last party accepts the current version. An edit after agreement reopens the discussion.
 */
export function nextState(current: ProposalState, action: ProposalAction, role: ActorRole, facts: TransitionFacts): Transition {
  if (!canSee(current, role)) return refuse('notParty');
  if (current === 'completed' || current === 'cancelled') return refuse('final');
  const sameVersion = facts.claimedVersion === facts.currentVersion;
  switch (action) {
    case 'cancel':
      return to('cancelled');
    case 'send':
      return current === 'draft' ? to('sent') : refuse('alreadySent');
    case 'edit':
      if (current === 'active') return refuse('notNegotiating');
      if (!sameVersion) return refuse('staleVersion');
      if (current === 'draft' || (current === 'sent' && role === 'author')) return to(current);
      return to('discussing');
    case 'comment':
      if (current === 'draft') return refuse('notSent');
      return to(current === 'sent' ? 'discussing' : current);
    case 'accept':
      if (current === 'draft') return refuse('notSent');
      if (current === 'agreed') return refuse('alreadyAgreed');
      if (current === 'active') return refuse('notNegotiating');
      if (!sameVersion) return refuse('staleVersion');
      if (facts.actorAccepted) return refuse('alreadyAccepted');
      return to(facts.othersAccepted ? 'agreed' : 'discussing');
    case 'start':
      if (current === 'draft') return refuse('notSent');
      return current === 'agreed' ? to('active') : refuse('notAgreed');
    case 'complete':
      if (current === 'draft') return refuse('notSent');
      return current === 'active' ? to('completed') : refuse('notActive');
  }
}
