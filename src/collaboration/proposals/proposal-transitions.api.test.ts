import { beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import { expectProblem, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import { proposalActions, proposalStates, type ProposalAction, type ProposalState } from './model.ts';
import { nextState } from './state-machine.ts';
import { createDraft, patch, proposalOf, speak } from './test-support.ts';
import type { ProposalView } from './views.ts';

/** Each action as the API takes it, naming the version the member last read where one is needed. */
const request = (who: TestMember, id: string, action: ProposalAction, version: number) => {
  const post = (path: string, body: unknown) => who.client.post(`/api/proposals/${id}/${path}`, body);
  switch (action) {
    case 'edit':
      return patch(who, `/api/proposals/${id}`, { version, title: 'Otro título' });
    case 'send':
      return post('send', {});
    case 'comment':
      return post('comments', { body: 'Una idea más' });
    case 'accept':
      return post('accept', { version });
    case 'start':
      return post('start', {});
    case 'complete':
      return post('complete', { outcomeValueCents: 10_000 });
    case 'cancel':
      return post('cancel', { reason: 'Ya no encaja' });
  }
};

describe.each(databaseKinds)('every illegal proposal transition over HTTP on %s', (kind) => {
  const t = useTestApp(kind);
  // Ana (Spanish) writes each proposal to Bruno (English): every refusal is checked in both languages.
  let ana: TestMember;
  let bruno: TestMember;
  const proposals = new Map<ProposalState, string>();

  beforeAll(async () => {
    ana = await createMember(t.server, 'ana@example.es', 'Ana Gil');
    bruno = await createMember(t.server, 'bruno@example.com', 'Bruno Lee');
    await speak(bruno, 'en');
    const act = async (who: TestMember, id: string, action: ProposalAction) => proposalOf(await request(who, id, action, 1), action === 'comment' ? 201 : 200);
    // Each state reached the way members reach it.
    const path: [ProposalState, TestMember | null, ProposalAction | null][] = [
      ['draft', null, null],
      ['sent', ana, 'send'],
      ['discussing', bruno, 'comment'],
      ['agreed', bruno, 'accept'],
      ['active', ana, 'start'],
      ['completed', bruno, 'complete'],
    ];
    for (const [index, [state]] of path.entries()) {
      const { id } = await createDraft(ana, [bruno], { title: `Hasta ${state}` });
      for (const [, who, action] of path.slice(1, index + 1)) await act(who!, id, action!);
      proposals.set(state, id);
    }
    const cancelled = (await createDraft(ana, [bruno])).id;
    await act(ana, cancelled, 'send');
    await act(bruno, cancelled, 'cancel');
    proposals.set('cancelled', cancelled);
  });

  /** What the author sees, which any change would alter (state, version, parties, comments, history). */
  const snapshot = async (id: string) => proposalOf(await ana.client.get(`/api/proposals/${id}`));

  it('reaches every state', async () => {
    for (const state of proposalStates) expect((await snapshot(proposals.get(state)!)).state).toBe(state);
  });

  it.each(proposalStates)('in %s: each refused action is a 404 or 409 in the actor’s language, and changes nothing', async (state) => {
    const id = proposals.get(state)!;
    const before = await snapshot(id);
    let refused = 0;
    for (const [who, role, locale] of [[ana, 'author', 'es'], [bruno, 'party', 'en']] as const) {
      const accepted = (member: TestMember) => before.parties.find((p) => p.member.slug === member.slug)!.acceptedVersion === before.version;
      const others = before.parties.filter((p) => p.member.slug !== who.slug).every((p) => p.acceptedVersion === before.version);
      for (const action of proposalActions) {
        const verdict = nextState(state, action, role, { currentVersion: before.version, claimedVersion: before.version, actorAccepted: accepted(who), othersAccepted: others });
        if (verdict.ok) continue;
        refused++;
        const response = await request(who, id, action, before.version);
        const problem =
          verdict.reason === 'notParty'
            ? expectProblem(response, 404, 'not-found')
            : expectProblem(response, 409, 'proposal-state');
        const [title, detail]: [MessageKey, MessageKey] =
          verdict.reason === 'notParty'
            ? ['problem.notFound.title', 'problem.proposalNotFound.detail']
            : ['problem.proposalState.title', `problem.proposalState.${verdict.reason}` as MessageKey];
        expect({ action, role, title: problem.title, detail: problem.detail }).toEqual({ action, role, title: translate(locale, title), detail: translate(locale, detail) });
        expect(await snapshot(id), `${role} ${action} in ${state}`).toEqual(before);
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('the refusals read as written, in Spanish and in English', async () => {
    const completed = proposals.get('completed')!;
    expect(expectProblem(await request(ana, completed, 'comment', 1), 409).detail).toBe('La propuesta está completada o cancelada: ya no cambia.');
    expect(expectProblem(await request(bruno, completed, 'comment', 1), 409).detail).toBe('The proposal is completed or cancelled: it no longer changes.');
    expect(expectProblem(await request(ana, proposals.get('draft')!, 'accept', 1), 409).title).toBe('Ahora no se puede hacer eso con esta propuesta');
    expect(expectProblem(await request(bruno, proposals.get('sent')!, 'start', 1), 409).detail).toBe('Only a proposal every party has accepted can be started.');
    expect(expectProblem(await request(bruno, proposals.get('draft')!, 'send', 1), 404).detail).toBe('That proposal does not exist or you are not part of it.');
  });

  it.each(['draft', 'sent', 'discussing', 'agreed'] as const)('in %s: an edit or acceptance from an old version is a 409 naming the current one, and changes nothing', async (state) => {
    const id = proposals.get(state)!;
    const before: ProposalView = await snapshot(id);
    const stale = expectProblem(await request(ana, id, 'edit', before.version + 1), 409, 'proposal-version');
    expect(stale).toMatchObject({ currentVersion: before.version, title: 'La propuesta ha cambiado' });
    if (state === 'sent' || state === 'discussing')
      expect(expectProblem(await request(bruno, id, 'accept', before.version + 1), 409, 'proposal-version').title).toBe('The proposal has changed');
    expect(await snapshot(id)).toEqual(before);
  });
});
