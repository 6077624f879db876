import { describe, expect, it } from 'vitest';
import { proposalActions, proposalStates, type ProposalAction, type ProposalState } from './model.ts';
import { nextState, refusalReasons, type ActorRole, type TransitionFacts } from './state-machine.ts';

/** The actor names the current version, has not accepted it yet, and neither has everyone else. */
const plain: TransitionFacts = { currentVersion: 3, claimedVersion: 3, actorAccepted: false, othersAccepted: false };

// Every state × action for each role with plain facts: `→state` is allowed, anything else is the refusal reason.
const expected: Record<ActorRole, Record<ProposalState, Record<ProposalAction, string>>> = {
  author: {
    draft: { edit: '→draft', send: '→sent', comment: 'notSent', accept: 'notSent', start: 'notSent', complete: 'notSent', cancel: '→cancelled' },
    sent: { edit: '→sent', send: 'alreadySent', comment: '→discussing', accept: '→discussing', start: 'notAgreed', complete: 'notActive', cancel: '→cancelled' },
    discussing: { edit: '→discussing', send: 'alreadySent', comment: '→discussing', accept: '→discussing', start: 'notAgreed', complete: 'notActive', cancel: '→cancelled' },
    agreed: { edit: '→discussing', send: 'alreadySent', comment: '→agreed', accept: 'alreadyAgreed', start: '→active', complete: 'notActive', cancel: '→cancelled' },
    active: { edit: 'notNegotiating', send: 'alreadySent', comment: '→active', accept: 'notNegotiating', start: 'notAgreed', complete: '→completed', cancel: '→cancelled' },
    completed: { edit: 'final', send: 'final', comment: 'final', accept: 'final', start: 'final', complete: 'final', cancel: 'final' },
    cancelled: { edit: 'final', send: 'final', comment: 'final', accept: 'final', start: 'final', complete: 'final', cancel: 'final' },
  },
  party: {
    draft: { edit: 'notParty', send: 'notParty', comment: 'notParty', accept: 'notParty', start: 'notParty', complete: 'notParty', cancel: 'notParty' },
    sent: { edit: '→discussing', send: 'alreadySent', comment: '→discussing', accept: '→discussing', start: 'notAgreed', complete: 'notActive', cancel: '→cancelled' },
    discussing: { edit: '→discussing', send: 'alreadySent', comment: '→discussing', accept: '→discussing', start: 'notAgreed', complete: 'notActive', cancel: '→cancelled' },
    agreed: { edit: '→discussing', send: 'alreadySent', comment: '→agreed', accept: 'alreadyAgreed', start: '→active', complete: 'notActive', cancel: '→cancelled' },
    active: { edit: 'notNegotiating', send: 'alreadySent', comment: '→active', accept: 'notNegotiating', start: 'notAgreed', complete: '→completed', cancel: '→cancelled' },
    completed: { edit: 'final', send: 'final', comment: 'final', accept: 'final', start: 'final', complete: 'final', cancel: 'final' },
    cancelled: { edit: 'final', send: 'final', comment: 'final', accept: 'final', start: 'final', complete: 'final', cancel: 'final' },
  },
  outsider: Object.fromEntries(
    proposalStates.map((state) => [state, Object.fromEntries(proposalActions.map((action) => [action, 'notParty']))]),
  ) as Record<ProposalState, Record<ProposalAction, string>>,
};

const cases = (Object.keys(expected) as ActorRole[]).flatMap((role) =>
  proposalStates.flatMap((state) => proposalActions.map((action) => ({ role, state, action, want: expected[role][state][action] }))),
);

describe('proposal state machine', () => {
  it('the table names every role × state × action, and only known states and reasons', () => {
    expect(cases).toHaveLength(3 * proposalStates.length * proposalActions.length);
    const known = new Set<string>([...proposalStates.map((s) => `→${s}`), ...refusalReasons]);
    expect(cases.filter((c) => !known.has(c.want))).toEqual([]);
  });

  it.each(cases.filter((c) => !c.want.startsWith('→')))('refuses $action by the $role of a $state proposal: $want', ({ role, state, action, want }) => {
    expect(nextState(state, action, role, plain)).toEqual({ ok: false, reason: want });
  });

  it.each(cases.filter((c) => c.want.startsWith('→')))('lets the $role $action a $state proposal: $want', ({ role, state, action, want }) => {
    expect(nextState(state, action, role, plain)).toEqual({ ok: true, state: want.slice(1) });
  });

  describe('facts', () => {
    const negotiating = ['sent', 'discussing'] as const;

    it.each(negotiating)('the last acceptance of the current version in %s agrees the proposal', (state) => {
      expect(nextState(state, 'accept', 'party', { ...plain, othersAccepted: true })).toEqual({ ok: true, state: 'agreed' });
      expect(nextState(state, 'accept', 'author', { ...plain, othersAccepted: true })).toEqual({ ok: true, state: 'agreed' });
    });

    it.each(negotiating)('accepting a version in %s that is not the current one is refused as stale, even if it would agree', (state) => {
      for (const claimedVersion of [2, 4, null])
        expect(nextState(state, 'accept', 'party', { ...plain, claimedVersion, othersAccepted: true })).toEqual({ ok: false, reason: 'staleVersion' });
    });

    it.each(negotiating)('accepting twice in %s is refused', (state) => {
      expect(nextState(state, 'accept', 'party', { ...plain, actorAccepted: true, othersAccepted: true })).toEqual({ ok: false, reason: 'alreadyAccepted' });
    });

    it.each(['draft', 'sent', 'discussing', 'agreed'] as const)('editing a %s proposal from a stale version is refused', (state) => {
      expect(nextState(state, 'edit', 'author', { ...plain, claimedVersion: 2 })).toEqual({ ok: false, reason: 'staleVersion' });
      expect(nextState(state, 'edit', 'author', { ...plain, claimedVersion: null })).toEqual({ ok: false, reason: 'staleVersion' });
    });

    it('an edit after agreement reopens the discussion whatever was accepted', () => {
      expect(nextState('agreed', 'edit', 'party', { ...plain, actorAccepted: true, othersAccepted: true })).toEqual({ ok: true, state: 'discussing' });
    });

    it('versions and acceptances never open a door the state keeps shut', () => {
      const anyFacts = [plain, { ...plain, claimedVersion: 1 }, { ...plain, actorAccepted: true, othersAccepted: true }];
      for (const { role, state, action, want } of cases.filter((c) => ['notParty', 'final', 'notSent', 'alreadySent', 'notAgreed', 'notActive'].includes(c.want)))
        for (const facts of anyFacts) expect(nextState(state, action, role, facts)).toEqual({ ok: false, reason: want });
    });
  });
});
