import { describe, expect, it } from 'vitest';
import { expectProblem, fieldErrors, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember } from '../../testing/members.ts';
import { obstacleKeys } from './obstacles.ts';

describe.each(databaseKinds)('what holds a member back, on %s', (kind) => {
  const t = useTestApp(kind);

  it('saves any number of the obstacles, answers them in the order offered, and replaces them on the next answer', async () => {
    const ana = await createMember(t.server, 'ana-obstacles@example.es', 'Ana');
    expect((await ana.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: [] });

    const all = await ana.client.put('/api/me/obstacles', { obstacles: [...obstacleKeys].reverse() });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toEqual({ obstacles: obstacleKeys });
    expect((await ana.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: obstacleKeys });

    const chosenAt = async () =>
      new Map((await t.app.ctx.database.query<{ obstacle: string; chosen_at: Date }>('SELECT obstacle, chosen_at FROM member_obstacles WHERE user_id = $1', [ana.id])).map(
        (row) => [row.obstacle, new Date(row.chosen_at).getTime()],
      ));
    const before = await chosenAt();
    const fewer = await ana.client.put('/api/me/obstacles', { obstacles: ['no-time', 'not-for-me'] });
    expect(fewer.json()).toEqual({ obstacles: ['not-for-me', 'no-time'] });
    expect((await ana.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: ['not-for-me', 'no-time'] });
    // An obstacle still chosen keeps the moment it was first chosen.
    expect((await chosenAt()).get('no-time')).toBe(before.get('no-time'));

    expect((await ana.client.put('/api/me/obstacles', { obstacles: [] })).json()).toEqual({ obstacles: [] });
    expect((await ana.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: [] });
  });

  it('a member never reads or changes another member’s answer', async () => {
    const ana = await createMember(t.server, 'ana-private@example.es', 'Ana');
    const bruno = await createMember(t.server, 'bruno-private@example.es', 'Bruno');
    await ana.client.put('/api/me/obstacles', { obstacles: ['no-contacts', 'no-experience'] });
    expect((await bruno.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: [] });
    await bruno.client.put('/api/me/obstacles', { obstacles: ['no-time'] });
    expect((await ana.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: ['no-experience', 'no-contacts'] });
    expect((await bruno.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: ['no-time'] });
  });

  it('refuses an unknown obstacle and a repeated one with a localised problem, saving nothing', async () => {
    const ana = await createMember(t.server, 'ana-bad@example.es', 'Ana');
    await ana.client.put('/api/me/obstacles', { obstacles: ['no-time'] });

    const unknown = fieldErrors(await ana.client.put('/api/me/obstacles', { obstacles: ['no-time', 'too-shy'] }));
    expect(unknown['obstacles/1']).toMatch(/^Valor no permitido\. Opciones: not-for-me, .*no-contacts\.$/);
    expect(fieldErrors(await ana.client.put('/api/me/obstacles', { obstacles: ['no-time', 'no-time'] }))).toEqual({ obstacles: 'Hay elementos repetidos.' });
    expect(fieldErrors(await ana.client.put('/api/me/obstacles', {}))).toEqual({ obstacles: 'Este campo es obligatorio.' });
    expect((await ana.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: ['no-time'] });

    const english = t.client('en');
    await english.signup('emily-bad@example.co.uk', 'Emily');
    const problem = expectProblem(await english.put('/api/me/obstacles', { obstacles: ['no-time', 'no-time'] }), 400, 'validation');
    expect(problem.title).toBe('The data sent is not valid');
    expect(problem.errors).toEqual([{ field: 'obstacles', message: 'There are repeated items.' }]);
  });

  it('is for members only, and a write needs the CSRF token', async () => {
    const stranger = t.client();
    expectProblem(await stranger.get('/api/me/obstacles'), 401);
    expectProblem(await stranger.put('/api/me/obstacles', { obstacles: ['no-time'] }), 401);

    const ana = await createMember(t.server, 'ana-csrf@example.es', 'Ana');
    expectProblem(await ana.client.put('/api/me/obstacles', { obstacles: ['no-time'] }, { headers: { 'x-csrf-token': 'forged' } }), 403, 'csrf');
    expect((await ana.client.get('/api/me/obstacles')).json()).toEqual({ obstacles: [] });
  });
});
