import { describe, expect, it } from 'vitest';
import { expectProblem, fieldErrors, useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember } from '../testing/members.ts';
import type { SlotView } from './slot-views.ts';

describe.each(databaseKinds)('meeting brief and notes on %s', (kind) => {
  const t = useTestApp(kind);

  const pair = async (suffix: string) => {
    const ana = await createMember(t.server, `ana-${suffix}@example.es`, 'Ana Luz', {
      headline: 'Fotógrafa de bodas', offers: ['fotografía de bodas'], needs: ['fincas para bodas'], goals: ['partners'], pitch: 'Ayudo a parejas a recordar su día.',
    });
    const bruno = await createMember(t.server, `bruno-${suffix}@example.es`, 'Bruno Finca', {
      headline: 'Finca para bodas', offers: ['finca para bodas y eventos'], needs: ['fotografía de bodas'], goals: ['clients'], pitch: 'Una finca para celebrar.',
    });
    const slots: SlotView[] = (await ana.client.get(`/api/meetings/slots?with=${bruno.slug}`)).json().slots;
    const created = await ana.client.post('/api/meetings', { with: bruno.slug, purpose: 'Bodas', format: 'video', lengthMinutes: 30, slots: [{ start: slots[0]!.start, end: slots[0]!.end }] });
    expect(created.statusCode, created.body).toBe(201);
    return { ana, bruno, id: created.json().id as string };
  };

  it('the brief has both pitches, the reasons, five questions from their needs and goals, and what you could offer', async () => {
    const { ana, bruno, id } = await pair('brief');
    const response = await ana.client.get(`/api/meetings/${id}/brief`);
    expect(response.statusCode, response.body).toBe(200);
    const brief = response.json();
    expect(brief).toMatchObject({
      meetingId: id,
      you: { name: 'Ana Luz', pitch: 'Ayudo a parejas a recordar su día.' },
      them: { name: 'Bruno Finca', pitch: 'Una finca para celebrar.', headline: 'Finca para bodas' },
      youCouldOffer: ['fotografía de bodas'],
    });
    expect(brief.questions).toHaveLength(5);
    expect(brief.questions[0]).toBe('¿Qué buscas exactamente cuando dices «fotografía de bodas»?');
    expect(brief.questions[1]).toBe('¿Quién es tu cliente ideal y cómo podría reconocerlo para recomendártelo?');
    expect(brief.reasons.length).toBeGreaterThan(0);
    // A photographer and a wedding venue: a package for couples first, then referrals; side a is the viewer.
    const ideas = brief.collaborationIdeas as { format: string; rationale: string; gains: { a: string; b: string } }[];
    expect(ideas.map((idea) => idea.format).slice(0, 2)).toEqual(['jointOffer', 'mutualReferral']);
    expect(ideas[0]!.rationale).toContain('fotografía de bodas');
    expect(ideas[0]!.gains.a).toMatch(/^Más clientes de fotografía de bodas/);
    const carla = await createMember(t.server, 'carla-brief@example.es', 'Carla');
    expectProblem(await carla.client.get(`/api/meetings/${id}/brief`), 404);
    const theirs = (await bruno.client.get(`/api/meetings/${id}/brief`)).json();
    expect(theirs.them.name).toBe('Ana Luz');
    expect(theirs.collaborationIdeas[0].gains.a).toBe(ideas[0]!.gains.b);
  });

  it('notes are private to their writer, map what they need to concepts, and "useful" feeds Discover', async () => {
    const { ana, bruno, id } = await pair('notes');
    const saved = await ana.client.put(`/api/meetings/${id}/notes`, {
      notes: 'Muy buena conversación', theirNeeds: ['fotografía de bodas', ' '], nextStep: 'Enviarle mi portfolio', nextStepAt: '2030-05-04', useful: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const notes = saved.json();
    expect(notes).toMatchObject({ notes: 'Muy buena conversación', nextStep: 'Enviarle mi portfolio', nextStepAt: '2030-05-04', useful: true, noShow: false });
    expect(notes.theirNeeds).toHaveLength(1);
    expect(notes.theirNeeds[0].phrase).toBe('fotografía de bodas');
    expect(notes.theirNeeds[0].concepts.length).toBeGreaterThan(0);

    expect((await ana.client.get(`/api/meetings/${id}`)).json().notes).toMatchObject({ notes: 'Muy buena conversación' });
    expect((await bruno.client.get(`/api/meetings/${id}`)).json().notes).toBeNull();
    expect((await bruno.client.get('/api/meetings')).json().requests[0].notes).toBeNull();

    const feedback = await t.app.ctx.database.query('SELECT kind FROM match_feedback WHERE user_id = $1 AND candidate_id = $2', [ana.id, bruno.id]);
    expect(feedback).toEqual([{ kind: 'interested' }]);
    expect((await ana.client.put(`/api/meetings/${id}/notes`, { useful: false, noShow: true })).json()).toMatchObject({ useful: false, noShow: true, notes: 'Muy buena conversación' });
    expect(await t.app.ctx.database.query('SELECT kind FROM match_feedback WHERE user_id = $1', [ana.id])).toEqual([{ kind: 'not-relevant' }]);

    expect(fieldErrors(await ana.client.put(`/api/meetings/${id}/notes`, { notes: 'x'.repeat(5001) }))).toHaveProperty('notes');
    const carla = await createMember(t.server, 'carla-notes@example.es', 'Carla');
    expectProblem(await carla.client.put(`/api/meetings/${id}/notes`, { notes: 'hola' }), 404);
  });

  it('the OpenAPI document lists the meetings routes and schemas', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json();
    for (const path of ['/api/meetings', '/api/meetings/{id}/accept', '/api/meetings/{id}/brief', '/api/me/availability', '/api/me/calendar-feed'])
      expect(doc.paths).toHaveProperty([path]);
    const titles = Object.values(doc.components.schemas as Record<string, { title?: string; $id?: string; properties?: object }>);
    const accept = doc.paths['/api/meetings/{id}/accept'].post.responses;
    expect(JSON.stringify(accept['409'])).toContain('#/components/schemas/');
    expect(titles.some((schema) => schema.properties && 'proposals' in schema.properties)).toBe(true);
  });
});
