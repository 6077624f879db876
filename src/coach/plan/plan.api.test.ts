import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/api-client.ts';
import { expectProblem, fieldErrors, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import type { PlanView } from './plan-view.ts';
import { addDays, todayOf } from './plan-week.ts';
import { networkBuilder } from './test-network.ts';

const photographer = { headline: 'Fotógrafa de bodas', photoUrl: 'https://example.es/ana.jpg', offers: ['fotografía de bodas'], needs: ['floristería para bodas'] };
const florist = { offers: ['ramos de novia', 'decoración floral'], needs: ['fotógrafos de boda'] };
const taxAdviser = { offers: ['asesoría fiscal para autónomos'] };

describe.each(databaseKinds)('the weekly plan on %s', (kind) => {
  const t = useTestApp(kind);
  const plan = async (client: ApiClient) => {
    const response = await client.get('/api/me/plan');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as PlanView;
  };
  const kinds = (view: PlanView) => view.items.map((item) => item.kind);

  it('is made from the member’s real network, fits the budget they choose, and keeps what is done when the budget changes', async () => {
    const network = networkBuilder(t, `plan-${kind}`);
    const ana = await network.member('ana-plan@example.es', 'Ana Luz', photographer);
    const bea = await network.member('bea-plan@example.es', 'Bea Flores', florist);
    const bruno = await network.member('bruno-plan@example.es', 'Bruno Gil', { offers: ['contabilidad para pymes'], needs: ['asesor fiscal'] });
    const carla = await network.member('carla-plan@example.es', 'Carla Tax', taxAdviser);
    await network.connect(ana, carla);
    const withBruno = await network.meeting(ana, bruno);
    const yesterday = addDays(todayOf(new Date(), 'Europe/Madrid'), -1);
    await network.notes(ana, withBruno, { theirNeeds: ['asesor fiscal'], nextStep: 'Enviarle mi portfolio', nextStepAt: yesterday });

    // 30 minutes by default: the late follow-up, Bea from Discover (not Bruno, already being met,
    // nor Carla, already a connection), introducing Carla to Bruno, and writing a pitch.
    const first = await plan(ana.client);
    expect(first).toMatchObject({ budgetMinutes: 30, digest: true, totalMinutes: 30, doneMinutes: 0 });
    expect(first.items.map(({ id, kind, minutes, url, title, done }) => ({ id, kind, minutes, url, title, done }))).toEqual([
      { id: `follow-up-${withBruno}-${yesterday}`, kind: 'follow-up', minutes: 5, url: `/meetings/${withBruno}`, title: 'Próximo paso con Bruno Gil: Enviarle mi portfolio', done: false },
      { id: `meet-${bea.slug}`, kind: 'meet', minutes: 10, url: `/meetings/new?with=${bea.slug}`, title: 'Propón una reunión a Bea Flores', done: false },
      { id: `referral-${withBruno}`, kind: 'referral', minutes: 5, url: `/meetings/${withBruno}#network-offers-title`, title: 'Presenta a Carla Tax a Bruno Gil', done: false },
      { id: 'pitch', kind: 'pitch', minutes: 10, url: '/coach/pitch', title: 'Escribe tu presentación', done: false },
    ]);
    expect(first.items[0]!.detail).toMatch(/^Era para el \d+ de \w+/);
    expect(first.items[2]!.detail).toBe('Bruno Gil necesita «asesor fiscal» y Carla Tax, de tu red, lo ofrece.');
    expect(await plan(ana.client)).toEqual(first); // stored for the week, not made again on every read

    const fifteen = await ana.client.put('/api/me/plan/settings', { budgetMinutes: 15 });
    expect(fifteen.statusCode, fifteen.body).toBe(200);
    expect(kinds(fifteen.json())).toEqual(['follow-up', 'meet']);
    expect(fifteen.json().totalMinutes).toBe(15);

    const followUp = `follow-up-${withBruno}-${yesterday}`;
    const done = await ana.client.post(`/api/me/plan/items/${followUp}/done`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().items[0]).toMatchObject({ id: followUp, done: true, doneAt: expect.any(String) });
    expect(done.json().doneMinutes).toBe(5);

    // A bigger budget: the done item stays first, the rest is made again around it.
    const sixty = (await ana.client.put('/api/me/plan/settings', { budgetMinutes: 60 })).json() as PlanView;
    expect(sixty.items[0]).toMatchObject({ id: followUp, done: true });
    expect(sixty.totalMinutes).toBeLessThanOrEqual(60);
    expect(kinds(sixty)).toEqual(['follow-up', 'meet', 'referral', 'pitch', 'lesson', 'lesson']);
    expect((await plan(ana.client)).items[0]!.done).toBe(true);

    const undone = await ana.client.delete(`/api/me/plan/items/${followUp}/done`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json().doneMinutes).toBe(0);
    expect(undone.json().items[0]).toMatchObject({ id: followUp, done: false, doneAt: null });
  });

  it('with no matches yet asks to complete the profile and write a pitch, in the member’s language', async () => {
    const network = networkBuilder(t, `empty-${kind}`);
    const newcomer = await network.member('new-plan@example.com', 'Nora New', {}, { locale: 'en' });
    const view = await plan(newcomer.client);
    expect(view.items.map(({ kind, title, url }) => ({ kind, title, url }))).toEqual([
      { kind: 'profile', title: 'Complete your profile', url: '/profile' },
      { kind: 'pitch', title: 'Write your pitch', url: '/coach/pitch' },
      { kind: 'lesson', title: expect.stringMatching(/^Read the lesson "/), url: expect.stringMatching(/^\/coach\/course\//) },
      { kind: 'lesson', title: expect.stringMatching(/^Read the lesson "/), url: expect.stringMatching(/^\/coach\/course\//) },
      { kind: 'explore', title: 'Browse the directory and pick someone to talk to', url: '/members' },
    ]);
    expect(view.items[0]!.detail).toBe('Still to add: what you offer, what you need, your headline, and your photo. With it Discover finds better people for you to meet.');
    expect(view.totalMinutes).toBe(30);
  });

  it('refuses budgets it does not offer and values of the wrong type, in the member’s language; the digest can be turned off', async () => {
    const network = networkBuilder(t, `settings-${kind}`);
    const ana = await network.member('ana-settings@example.es', 'Ana Ajustes');
    const grace = await network.member('grace-settings@example.com', 'Grace Settings', {}, { locale: 'en' });
    expect(fieldErrors(await ana.client.put('/api/me/plan/settings', { budgetMinutes: 20 }))).toEqual({ budgetMinutes: 'Valor no permitido. Opciones: 15, 30, 60.' });
    expect(fieldErrors(await grace.client.put('/api/me/plan/settings', { budgetMinutes: '15' }))).toEqual({ budgetMinutes: 'Wrong data type.' });
    expect(fieldErrors(await grace.client.put('/api/me/plan/settings', { digest: 'no' }))).toEqual({ digest: 'Wrong data type.' });
    const off = await ana.client.put('/api/me/plan/settings', { digest: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ digest: false, budgetMinutes: 30 });
    expect(await plan(ana.client)).toMatchObject({ digest: false, budgetMinutes: 30 });
  });

  it('is the member’s own: nobody else can mark its items, an item not in it is a 404, and strangers must log in', async () => {
    const network = networkBuilder(t, `own-${kind}`);
    const ana = await network.member('ana-own@example.es', 'Ana Propia');
    const grace = await network.member('grace-own@example.com', 'Grace Own', {}, { locale: 'en' });
    const [item] = (await plan(ana.client)).items;
    await plan(grace.client);

    const notHers = expectProblem(await grace.client.post('/api/me/plan/items/lesson-not-in-plan/done'), 404, 'not-found');
    expect(notHers.detail).toBe('That item is not in your plan for this week.');
    const notInMine = expectProblem(await ana.client.delete('/api/me/plan/items/meet-nobody/done'), 404, 'not-found');
    expect(notInMine.detail).toBe('Esa tarea no está en tu plan de esta semana.');
    // Grace marking an id from Ana's plan marks, at most, her own item of that name: Ana's stays open.
    await grace.client.post(`/api/me/plan/items/${item!.id}/done`);
    expect((await plan(ana.client)).items[0]!.done).toBe(false);
    expect(fieldErrors(await ana.client.post('/api/me/plan/items/Not%20an%20id/done'))).toEqual({ itemId: 'El formato no es válido.' });

    const stranger = t.client('en');
    expectProblem(await stranger.get('/api/me/plan'), 401, 'unauthorized');
    expectProblem(await stranger.get('/api/me/progress'), 401, 'unauthorized');
    expectProblem(await stranger.put('/api/me/plan/settings', { budgetMinutes: 15 }), 401, 'unauthorized');
  });
});
