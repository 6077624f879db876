import { describe, expect, it } from 'vitest';
import { expectProblem, fieldErrors, useTestApp, withoutInstance } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import { createDraft, draftBody, patch, proposalOf, speak } from './test-support.ts';
import { proposalCountsByState, proposalTotals } from './totals.ts';
import type { ProposalView } from './views.ts';

describe.each(databaseKinds)('proposals API on %s', (kind) => {
  const t = useTestApp(kind);
  let serial = 0;
  const member = (name: string) => createMember(t.server, `${name.toLowerCase()}-${++serial}@example.es`, `${name} ${serial}`);
  const get = async (who: TestMember, id: string) => proposalOf(await who.client.get(`/api/proposals/${id}`));
  const post = (who: TestMember, id: string, action: string, body: unknown = {}) => who.client.post(`/api/proposals/${id}/${action}`, body);
  const steps = (view: ProposalView) => view.history.map((h) => [h.by.slug, h.action, h.fromState, h.toState, h.version]);

  it('draft → sent → discussing → agreed → active → completed, each step audited, and the dashboard figures add up', async () => {
    const [ana, bruno] = [await member('Ana'), await member('Bruno')];
    const draft = await createDraft(ana, [bruno]);
    expect(draft).toMatchObject({
      state: 'draft',
      version: 1,
      role: 'author',
      format: 'jointOffer',
      title: 'Pack de bodas',
      estimatedValue: { amountCents: 500_000, currency: 'EUR' },
      startsOn: '2030-03-01',
      endsOn: '2030-09-30',
      contributions: [
        { member: ana.slug, gives: 'Fotografía', gets: 'Clientes de bodas' },
        { member: bruno.slug, gives: 'Flores', gets: 'Clientes de bodas' },
      ],
      outcome: null,
    });
    expect(draft.parties.map((p) => [p.member.slug, p.role, p.acceptedVersion])).toEqual([[ana.slug, 'author', null], [bruno.slug, 'party', null]]);

    // Until it is sent, the draft is the author's alone.
    expectProblem(await bruno.client.get(`/api/proposals/${draft.id}`), 404);
    expect((await bruno.client.get('/api/proposals')).json().items).toEqual([]);

    const sent = proposalOf(await post(ana, draft.id, 'send'));
    expect(sent.state).toBe('sent');
    expect(sent.parties.map((p) => p.acceptedVersion)).toEqual([1, null]);
    expect((await bruno.client.get('/api/proposals')).json().items).toEqual([
      expect.objectContaining({ id: draft.id, state: 'sent', role: 'party', title: 'Pack de bodas', awaitsYou: true, parties: [{ slug: ana.slug, name: 'Ana 1' }, { slug: bruno.slug, name: 'Bruno 2' }] }),
    ]);

    const discussing = proposalOf(await post(bruno, draft.id, 'comments', { body: '  ¿Incluimos el ramo?  ' }), 201);
    expect(discussing.state).toBe('discussing');
    expect(discussing.comments).toEqual([expect.objectContaining({ by: { slug: bruno.slug, name: 'Bruno 2' }, body: '¿Incluimos el ramo?', version: 1 })]);

    const agreed = proposalOf(await post(bruno, draft.id, 'accept', { version: 1 }));
    expect(agreed.state).toBe('agreed');
    expect(agreed.parties.map((p) => p.acceptedVersion)).toEqual([1, 1]);
    const active = proposalOf(await post(bruno, draft.id, 'start'));
    expect(active.state).toBe('active');
    const completed = proposalOf(await post(ana, draft.id, 'complete', { outcomeValueCents: 1_250_000, note: 'Tres bodas' }));
    expect(completed).toMatchObject({ state: 'completed', outcome: { amountCents: 1_250_000, currency: 'EUR', note: 'Tres bodas' } });

    expect(steps(await get(bruno, draft.id))).toEqual([
      [ana.slug, 'created', null, 'draft', 1],
      [ana.slug, 'send', 'draft', 'sent', 1],
      [bruno.slug, 'comment', 'sent', 'discussing', 1],
      [bruno.slug, 'accept', 'discussing', 'agreed', 1],
      [bruno.slug, 'start', 'agreed', 'active', 1],
      [ana.slug, 'complete', 'active', 'completed', 1],
    ]);
    expect(completed.history.at(-1)!.details).toEqual({ amountCents: 1_250_000, currency: 'EUR', note: 'Tres bodas' });
    expect(completed.history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true);

    // A second proposal, cancelled, and a third in draft: the figures are the sums of these records.
    const other = await createDraft(bruno, [ana], { estimatedValue: null });
    proposalOf(await post(bruno, other.id, 'send'));
    expect(proposalOf(await post(ana, other.id, 'cancel', { reason: 'Otra temporada' }))).toMatchObject({ state: 'cancelled', cancelReason: 'Otra temporada' });
    await createDraft(bruno, [ana]);
    const { db } = t.app.ctx.database;
    const none = { draft: 0, sent: 0, discussing: 0, agreed: 0, active: 0, completed: 0, cancelled: 0 };
    expect(await proposalCountsByState(db, ana.id)).toEqual({ ...none, completed: 1, cancelled: 1 });
    expect(await proposalCountsByState(db, bruno.id)).toEqual({ ...none, draft: 1, completed: 1, cancelled: 1 });
    expect(await proposalTotals(db, { memberId: ana.id })).toEqual({ counts: { ...none, completed: 1, cancelled: 1 }, completedValue: [{ currency: 'EUR', amountCents: 1_250_000 }] });
    const instance = await proposalTotals(db);
    expect(instance.counts.draft).toBeGreaterThanOrEqual(1);
    expect(instance.completedValue.find((v) => v.currency === 'EUR')!.amountCents).toBeGreaterThanOrEqual(1_250_000);
  });

  it('an edit makes a new version that everyone else must accept again; accepting a stale version is a 409', async () => {
    const [ana, bruno, carla] = [await member('Ana'), await member('Bruno'), await member('Carla')];
    const { id } = await createDraft(ana, [bruno, carla]);
    proposalOf(await post(ana, id, 'send'));
    proposalOf(await post(bruno, id, 'accept', { version: 1 }));
    const agreed = proposalOf(await post(carla, id, 'accept', { version: 1 }));
    expect(agreed.state).toBe('agreed');

    const edited = proposalOf(await patch(carla, `/api/proposals/${id}`, { version: 1, title: 'Pack de bodas y bautizos', contributions: [{ member: carla.slug, gives: 'Catering' }] }));
    expect(edited).toMatchObject({ state: 'discussing', version: 2, title: 'Pack de bodas y bautizos' });
    expect(edited.parties.map((p) => [p.member.slug, p.acceptedVersion])).toEqual([[ana.slug, null], [bruno.slug, null], [carla.slug, 2]]);
    expect(edited.contributions[2]).toEqual({ member: carla.slug, gives: 'Catering', gets: 'Clientes de bodas' });
    expect(edited.history.at(-1)).toMatchObject({ by: { slug: carla.slug }, action: 'edit', fromState: 'agreed', toState: 'discussing', version: 2, details: { changed: ['title', 'contributions'] } });
    expect(edited.versions.map((v) => [v.version, v.by.slug, v.title])).toEqual([[2, carla.slug, 'Pack de bodas y bautizos'], [1, ana.slug, 'Pack de bodas']]);

    const stale = expectProblem(await post(bruno, id, 'accept', { version: 1 }), 409, 'proposal-version');
    expect(stale).toMatchObject({ currentVersion: 2, title: 'La propuesta ha cambiado' });
    expect(stale.detail).toContain('versión 2');
    expectProblem(await patch(ana, `/api/proposals/${id}`, { version: 1, title: 'Otro' }), 409, 'proposal-version');
    expect((await get(ana, id)).version).toBe(2);

    // Nothing new: no version, no event.
    expect(proposalOf(await patch(ana, `/api/proposals/${id}`, { version: 2, title: 'Pack de bodas y bautizos' })).history).toHaveLength(edited.history.length);

    proposalOf(await post(ana, id, 'accept', { version: 2 }));
    const again = proposalOf(await post(bruno, id, 'accept', { version: 2 }));
    expect(again.state).toBe('agreed');
    expect(again.parties.every((p) => p.acceptedVersion === 2)).toBe(true);
  });

  it('a member not on the proposal gets the same 404 as for no proposal at all, for reads and every write', async () => {
    const [ana, bruno, carla] = [await member('Ana'), await member('Bruno'), await member('Carla')];
    const { id } = await createDraft(ana, [bruno]);
    proposalOf(await post(ana, id, 'send'));
    const unknown = '00000000-0000-4000-8000-000000000000';
    const attempts = (target: string) => [
      () => carla.client.get(`/api/proposals/${target}`),
      () => patch(carla, `/api/proposals/${target}`, { version: 1, title: 'Mío' }),
      () => post(carla, target, 'send'),
      () => post(carla, target, 'comments', { body: 'Hola' }),
      () => post(carla, target, 'accept', { version: 1 }),
      () => post(carla, target, 'start'),
      () => post(carla, target, 'complete', { outcomeValueCents: 100 }),
      () => post(carla, target, 'cancel', { reason: 'Porque sí' }),
    ];
    const before = await get(ana, id);
    const [real, none] = [attempts(id), attempts(unknown)];
    for (const [index, attempt] of real.entries()) {
      const body = withoutInstance(expectProblem(await attempt(), 404, 'not-found'));
      expect(body).toEqual(withoutInstance(expectProblem(await none[index]!(), 404, 'not-found')));
      expect(body.detail).toBe('Esa propuesta no existe o no participas en ella.');
    }
    expect(await get(ana, id)).toEqual(before);
    expect((await carla.client.get('/api/proposals')).json().items).toEqual([]);
  });

  it('bad input is a 400 with field errors, in the member’s language, and nothing is written', async () => {
    const [ana, bruno, carla, dora] = [await member('Ana'), await member('Bruno'), await member('Carla'), await member('Dora')];
    expect((await ana.client.post('/api/blocks', { slug: carla.slug })).statusCode).toBe(204);
    const create = (fields: Record<string, unknown>, others = [bruno]) => ana.client.post('/api/proposals', draftBody(others, fields));

    expect(fieldErrors(await create({ estimatedValue: { amountCents: -1, currency: 'EUR' } }))).toEqual({ 'estimatedValue/amountCents': 'Debe ser como mínimo 0.' });
    expect(fieldErrors(await create({ estimatedValue: { amountCents: 10_000_000_001, currency: 'EUR' } }))).toEqual({ 'estimatedValue/amountCents': 'Debe ser como máximo 10000000000.' });
    expect(fieldErrors(await create({ estimatedValue: { amountCents: 100, currency: 'XYZ' } }))).toEqual({ 'estimatedValue/currency': 'Usa un código de moneda ISO 4217, como EUR.' });
    expect(fieldErrors(await create({ startsOn: '2030-05-01', endsOn: '2030-04-30' }))).toEqual({ endsOn: 'La fecha de fin no puede ser anterior a la de inicio.' });
    expect(fieldErrors(await create({ format: 'pyramidScheme' }))).toHaveProperty('format');
    expect(fieldErrors(await create({ title: '   ' }))).toHaveProperty('title');
    expect(fieldErrors(await create({}, [ana]))).toEqual({ 'parties/0/member': 'Ya formas parte de la propuesta: añade a otras personas.' });
    expect(fieldErrors(await create({}, []))).toEqual({ parties: 'Añade al menos a otra persona.' });
    expect(fieldErrors(await create({}, [bruno, bruno, carla, { slug: 'nadie-aqui' } as TestMember]))).toEqual({
      'parties/1/member': 'Esta persona ya está en la propuesta.',
      'parties/2/member': 'Has bloqueado a esta persona.',
      'parties/3/member': 'Ese perfil no existe o no es visible para ti.',
    });
    expect(fieldErrors(await create({}, Array.from({ length: 11 }, () => bruno)))).toEqual({ parties: 'Como máximo 10 elementos.' });
    expect(fieldErrors(await create({ meetingId: '00000000-0000-4000-8000-000000000000' }))).toEqual({ meetingId: 'Esa reunión no existe o no participas en ella.' });
    // Who blocked the author is as unknown to them as anyone who does not exist.
    expect((await dora.client.post('/api/blocks', { slug: ana.slug })).statusCode).toBe(204);
    expect(fieldErrors(await create({}, [dora]))).toEqual({ 'parties/0/member': 'Ese perfil no existe o no es visible para ti.' });
    expect((await ana.client.get('/api/proposals')).json().items).toEqual([]);

    await speak(bruno, 'en');
    const { id } = await createDraft(bruno, [ana]);
    const before = await get(bruno, id);
    expect(fieldErrors(await patch(bruno, `/api/proposals/${id}`, { version: 1, endsOn: '2030-01-01' }))).toEqual({ endsOn: 'The end date cannot be before the start date.' });
    expect(fieldErrors(await patch(bruno, `/api/proposals/${id}`, { version: 1, contributions: [{ member: carla.slug, gives: 'x' }] }))).toEqual({ 'contributions/0/member': 'This person is not part of the proposal.' });
    expect(fieldErrors(await patch(bruno, `/api/proposals/${id}`, { title: 'Sin versión' }))).toEqual({ version: 'This field is required.' });
    proposalOf(await post(bruno, id, 'send'));
    proposalOf(await post(ana, id, 'accept', { version: 1 }));
    proposalOf(await post(ana, id, 'start'));
    expect(fieldErrors(await post(bruno, id, 'complete', {}))).toEqual({ outcomeValueCents: 'This field is required.' });
    expect(fieldErrors(await post(bruno, id, 'complete', { outcomeValueCents: -5 }))).toEqual({ outcomeValueCents: 'Must be at least 0.' });
    expect(fieldErrors(await post(bruno, id, 'complete', { outcomeValueCents: 5, currency: 'ABC' }))).toEqual({ currency: 'Use an ISO 4217 currency code, such as EUR.' });
    expect(fieldErrors(await post(bruno, id, 'cancel', { reason: ' ' }))).toHaveProperty('reason');
    const after = await get(bruno, id);
    expect(after.state).toBe('active');
    expect(after.versions).toEqual(before.versions);
  });

  it('a proposal may come from one of the author’s meetings and lists page by newest change, filtered by state', async () => {
    const [ana, bruno] = [await member('Ana'), await member('Bruno')];
    const slots = (await ana.client.get(`/api/meetings/slots?with=${bruno.slug}`)).json().slots as { start: string; end: string }[];
    const meeting = await ana.client.post('/api/meetings', { with: bruno.slug, purpose: 'Bodas', format: 'video', lengthMinutes: 30, slots: [{ start: slots[0]!.start, end: slots[0]!.end }] });
    const meetingId = meeting.json().id as string;
    expect((await createDraft(bruno, [ana], { meetingId })).meetingId).toBe(meetingId);

    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createDraft(ana, [bruno], { title: `Propuesta ${i}` })).id);
    proposalOf(await post(ana, ids[1]!, 'send'));
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page = (await ana.client.get(`/api/proposals?limit=2${next ? `&before=${next}` : ''}`)).json() as { items: { id: string }[]; next: string | null };
      seen.push(...page.items.map((item) => item.id));
      next = page.next;
    } while (next);
    expect(seen).toEqual([ids[1], ids[4], ids[3], ids[2], ids[0]]);
    expect((await ana.client.get('/api/proposals?state=sent')).json().items.map((p: { id: string }) => p.id)).toEqual([ids[1]]);
    expect(fieldErrors(await ana.client.get('/api/proposals?before=nonsense'))).toHaveProperty('before');
  });

  it('concurrent acceptances and edits take turns: the proposal ends agreed only on one version everyone accepted', async () => {
    const [ana, bruno, carla] = [await member('Ana'), await member('Bruno'), await member('Carla')];
    const { id } = await createDraft(ana, [bruno, carla]);
    proposalOf(await post(ana, id, 'send'));
    const both = await Promise.all([post(bruno, id, 'accept', { version: 1 }), post(carla, id, 'accept', { version: 1 })]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    const agreed = await get(ana, id);
    expect(agreed.state).toBe('agreed');
    expect(agreed.history.filter((h) => h.toState === 'agreed')).toHaveLength(1);

    // An edit racing an acceptance: either the acceptance came first and the edit cleared it, or it is stale.
    const [edit, accept] = await Promise.all([
      patch(bruno, `/api/proposals/${id}`, { version: 1, nextSteps: 'Reunión el lunes' }),
      (async () => {
        await patch(carla, `/api/proposals/${id}`, { version: 1, description: 'Con catering' });
        return post(ana, id, 'accept', { version: 2 });
      })(),
    ]);
    const final = await get(ana, id);
    const accepted = final.parties.filter((p) => p.acceptedVersion === final.version).map((p) => p.member.slug);
    expect(final.versions[0]!.version).toBe(final.version);
    expect(final.state).toBe(accepted.length === 3 ? 'agreed' : 'discussing');
    expect([edit.statusCode, accept.statusCode].every((s) => s === 200 || s === 409)).toBe(true);
    expect(final.history.filter((h) => h.action === 'edit').length).toBe(final.version - 1);
  });
});
