import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../testing/api-client.ts';
import { expectProblem, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember } from '../../testing/members.ts';
import type { CourseView, LessonProgressView, LessonView } from './views.ts';

describe.each(databaseKinds)('the short course API on %s', (kind) => {
  const t = useTestApp(kind);
  const course = async (client: ApiClient) => {
    const response = await client.get('/api/coach/course');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as CourseView;
  };
  const lesson = async (client: ApiClient, slug: string) => {
    const response = await client.get(`/api/coach/course/${slug}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as LessonView;
  };
  const mark = async (client: ApiClient, slug: string, done: boolean) => {
    const path = `/api/coach/course/${slug}/completed`;
    const response = done ? await client.put(path) : await client.delete(path);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as LessonProgressView;
  };

  it('lists the eight lessons in the account’s language, whatever the browser asks for', async () => {
    const ana = await createMember(t.server, 'ana-course@example.es', 'Ana Ruiz');
    const spanish = await course(ana.client);
    expect(spanish.locale).toBe('es');
    expect(spanish.progress).toEqual({ completed: 0, total: 8 });
    expect(spanish.lessons.map((card) => card.slug)).toEqual([
      'why-network', 'pitch', 'listening', 'preparing-meetings', 'following-up', 'giving-first', 'proposing-collaboration', 'events',
    ]);
    expect(spanish.lessons[0]).toEqual({
      slug: 'why-network',
      title: 'Por qué hacer networking: cuando 1 + 1 = 3',
      summary: expect.stringContaining('no es venderle a desconocidos'),
      minutes: 2,
      completed: false,
    });

    expect((await ana.client.put('/api/me/settings', { locale: 'en' })).statusCode).toBe(200);
    const english = await course(ana.client); // the client still sends Accept-Language: es
    expect(english.locale).toBe('en');
    expect(english.lessons[0]!.title).toBe('Why network: when 1 + 1 = 3');
  });

  it('shows a whole lesson with its action, its neighbours and whether it is done', async () => {
    const bea = await createMember(t.server, 'bea-course@example.es', 'Bea Sanz');
    const first = await lesson(bea.client, 'why-network');
    expect(first).toMatchObject({
      slug: 'why-network',
      locale: 'es',
      number: 1,
      completed: false,
      completedAt: null,
      previous: null,
      next: { slug: 'pitch', title: 'Tu presentación: a quién ayudas y por qué le importa' },
      action: { path: '/coach/obstacles', label: 'Cuéntanos qué te frena' },
      progress: { completed: 0, total: 8 },
    });
    expect(first.body[0]).toEqual({ kind: 'paragraph', text: expect.stringContaining('La mayoría de los negocios') });
    expect(first.practice).toHaveLength(3);

    const last = await lesson(bea.client, 'events');
    expect(last).toMatchObject({ number: 8, previous: { slug: 'proposing-collaboration' }, next: null, action: { path: '/discover' } });
  });

  it('counts lessons marked done; marking again changes nothing, and undoing takes one off', async () => {
    const carla = await createMember(t.server, 'carla-course@example.es', 'Carla Vidal');
    const done = await mark(carla.client, 'pitch', true);
    expect(done).toEqual({ slug: 'pitch', completed: true, completedAt: expect.any(String), progress: { completed: 1, total: 8 } });
    expect((await mark(carla.client, 'pitch', true)).completedAt).toBe(done.completedAt);
    expect((await mark(carla.client, 'events', true)).progress).toEqual({ completed: 2, total: 8 });

    const listed = await course(carla.client);
    expect(listed.progress).toEqual({ completed: 2, total: 8 });
    expect(listed.lessons.filter((card) => card.completed).map((card) => card.slug)).toEqual(['pitch', 'events']);
    expect(await lesson(carla.client, 'pitch')).toMatchObject({ completed: true, completedAt: done.completedAt, progress: { completed: 2 } });

    expect(await mark(carla.client, 'pitch', false)).toEqual({ slug: 'pitch', completed: false, completedAt: null, progress: { completed: 1, total: 8 } });
    expect((await mark(carla.client, 'pitch', false)).progress.completed).toBe(1);
    expect((await course(carla.client)).lessons.filter((card) => card.completed).map((card) => card.slug)).toEqual(['events']);
  });

  it('keeps each member’s progress to themselves', async () => {
    const diego = await createMember(t.server, 'diego-course@example.es', 'Diego Gil');
    const elena = await createMember(t.server, 'elena-course@example.es', 'Elena Mora');
    await mark(diego.client, 'listening', true);
    await mark(diego.client, 'giving-first', true);
    await mark(elena.client, 'giving-first', true);
    await mark(elena.client, 'giving-first', false);

    expect((await course(diego.client)).progress.completed).toBe(2);
    expect((await course(elena.client)).progress.completed).toBe(0);
    expect((await lesson(elena.client, 'listening')).completed).toBe(false);
    expect((await lesson(diego.client, 'giving-first')).completed).toBe(true);
  });

  it('answers an unknown lesson with a localised 404, and a malformed one with a 400', async () => {
    const fran = await createMember(t.server, 'fran-course@example.es', 'Fran León');
    const spanish = expectProblem(await fran.client.get('/api/coach/course/networking-for-cats'), 404, 'not-found');
    expect(spanish.detail).toBe('Esa lección no existe. Vuelve al curso para ver todas las lecciones.');
    expectProblem(await fran.client.put('/api/coach/course/networking-for-cats/completed'), 404, 'not-found');
    expectProblem(await fran.client.delete('/api/coach/course/networking-for-cats/completed'), 404, 'not-found');
    expectProblem(await fran.client.get(`/api/coach/course/${'a'.repeat(81)}`), 400, 'validation');

    expect((await fran.client.put('/api/me/settings', { locale: 'en' })).statusCode).toBe(200);
    const english = expectProblem(await fran.client.get('/api/coach/course/networking-for-cats'), 404, 'not-found');
    expect(english.detail).toBe('That lesson does not exist. Go back to the course to see all the lessons.');
    expect((await course(fran.client)).progress.completed).toBe(0);
  });

  it('is for members only, and a change needs the CSRF token', async () => {
    const stranger = new ApiClient(t.server, 'en');
    expect(expectProblem(await stranger.get('/api/coach/course'), 401, 'unauthorized').title).toEqual(expect.any(String));
    expectProblem(await stranger.get('/api/coach/course/pitch'), 401, 'unauthorized');
    expectProblem(await stranger.put('/api/coach/course/pitch/completed'), 401, 'unauthorized');
    expectProblem(await stranger.delete('/api/coach/course/pitch/completed'), 401, 'unauthorized');

    const gema = await createMember(t.server, 'gema-course@example.es', 'Gema Paz');
    expectProblem(await gema.client.put('/api/coach/course/pitch/completed', undefined, { headers: { 'x-csrf-token': 'forged' } }), 403, 'csrf');
    expect((await course(gema.client)).progress.completed).toBe(0);
  });
});
