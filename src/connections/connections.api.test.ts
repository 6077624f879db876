import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { expectProblem, fieldErrors, useTestApp, withoutInstance } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, joinCommunities, leaveDefaultCommunity, type TestMember } from '../testing/members.ts';
import type { ProfileInput } from '../profiles/profile-input.ts';
import { blockedEitherWay } from './blocks.ts';
import { connectedIds, connectionStatesFor, mutualConnectionCounts } from './network.ts';
import type { ConnectionView } from './views.ts';

const connectionOf = (response: LightMyRequestResponse, status: number): ConnectionView => {
  expect(response.statusCode, response.body).toBe(status);
  return response.json().connection;
};

describe.each(databaseKinds)('connections API on %s', (kind) => {
  const t = useTestApp(kind);
  let serial = 0;
  /** A new member in the default community, so every test starts from people with no history. */
  const member = (name: string, profile: ProfileInput = {}) =>
    createMember(t.server, `${name.toLowerCase()}-${++serial}@example.es`, `${name} ${serial}`, profile);
  const members = <Names extends string[]>(...names: Names) =>
    Promise.all(names.map((name) => member(name))) as Promise<{ [K in keyof Names]: TestMember }>;

  const ask = (from: TestMember, to: TestMember, note?: string) =>
    from.client.post('/api/connections', { slug: to.slug, ...(note === undefined ? {} : { note }) });
  const answer = (by: TestMember, id: string, reply: 'accept' | 'decline') => by.client.post(`/api/connections/${id}/${reply}`);
  const connect = async (a: TestMember, b: TestMember) => connectionOf(await answer(b, connectionOf(await ask(a, b), 201).id, 'accept'), 200);
  const lists = async (who: TestMember) => {
    const response = await who.client.get('/api/connections');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Record<'connected' | 'incoming' | 'outgoing', ConnectionView[]>;
    const slugs = (views: ConnectionView[]) => views.map((view) => view.member.slug);
    return { body, connected: slugs(body.connected), incoming: slugs(body.incoming), outgoing: slugs(body.outgoing) };
  };
  const rowsBetween = async (a: TestMember, b: TestMember) =>
    t.app.ctx.database.query<{ status: string }>(
      `SELECT status FROM connections
       WHERE least(requester_id, addressee_id) = least($1::uuid, $2::uuid)
         AND greatest(requester_id, addressee_id) = greatest($1::uuid, $2::uuid)`,
      [a.id, b.id],
    );

  describe('requesting, accepting and declining', () => {
    it('a request with a note shows as outgoing and incoming; once accepted, both are connected', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      const request = connectionOf(await ask(ana, bruno, '  Hola, ¿hablamos de bodas?  '), 201);
      expect(request).toMatchObject({ member: { slug: bruno.slug, name: bruno.me.name }, note: 'Hola, ¿hablamos de bodas?', status: 'pending', mutualConnections: 0 });
      expect(new Date(request.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

      expect(await lists(ana)).toMatchObject({ connected: [], incoming: [], outgoing: [bruno.slug] });
      const brunoSees = await lists(bruno);
      expect(brunoSees).toMatchObject({ connected: [], incoming: [ana.slug], outgoing: [] });
      expect(brunoSees.body.incoming[0]).toMatchObject({ id: request.id, note: 'Hola, ¿hablamos de bodas?', status: 'pending' });

      const accepted = connectionOf(await answer(bruno, request.id, 'accept'), 200);
      expect(accepted).toMatchObject({ id: request.id, member: { slug: ana.slug }, status: 'accepted' });
      expect(await lists(ana)).toMatchObject({ connected: [bruno.slug], incoming: [], outgoing: [] });
      expect(await lists(bruno)).toMatchObject({ connected: [ana.slug], incoming: [], outgoing: [] });
    });

    it('a declined request leaves both lists; either member may ask again later', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      const request = connectionOf(await ask(ana, bruno), 201);
      expect(request.note).toBe('');
      expect(connectionOf(await answer(bruno, request.id, 'decline'), 200)).toMatchObject({ status: 'declined', member: { slug: ana.slug } });
      expect(await lists(ana)).toMatchObject({ connected: [], incoming: [], outgoing: [] });
      expect(await lists(bruno)).toMatchObject({ connected: [], incoming: [], outgoing: [] });

      const again = connectionOf(await ask(bruno, ana, 'Perdona, ahora sí'), 201);
      expect(again).toMatchObject({ status: 'pending', note: 'Perdona, ahora sí', member: { slug: ana.slug } });
      expect(await lists(ana)).toMatchObject({ incoming: [bruno.slug] });
      expect(await rowsBetween(ana, bruno)).toEqual([{ status: 'pending' }]);
    });

    it('asking someone who already asked you accepts their request', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      const request = connectionOf(await ask(ana, bruno, 'Nota de Ana'), 201);
      const mirrored = connectionOf(await ask(bruno, ana, 'Nota de Bruno'), 200);
      expect(mirrored).toMatchObject({ id: request.id, status: 'accepted', note: 'Nota de Ana', member: { slug: ana.slug } });
      expect(await lists(ana)).toMatchObject({ connected: [bruno.slug], incoming: [], outgoing: [] });
    });

    it('lists newest first', async () => {
      const [ana, bruno, carla, dario] = await members('Ana', 'Bruno', 'Carla', 'Dario');
      for (const other of [bruno, carla, dario]) connectionOf(await ask(ana, other), 201);
      expect((await lists(ana)).outgoing).toEqual([dario.slug, carla.slug, bruno.slug]);
    });
  });

  describe('refusals', () => {
    it('a note over 300 characters is a per-field 400; 300 characters are fine', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      expect(fieldErrors(await ask(ana, bruno, 'ñ'.repeat(301)))).toEqual({ note: 'Debe tener como máximo 300 caracteres.' });
      expect(fieldErrors(await ana.client.post('/api/connections', {}))).toEqual({ slug: 'Este campo es obligatorio.' });
      expect(connectionOf(await ask(ana, bruno, 'ñ'.repeat(300)), 201).note).toHaveLength(300);
    });

    it('connecting with yourself is a 400, in the member’s language', async () => {
      const ana = await member('Ana');
      expect(expectProblem(await ask(ana, ana), 400, 'self-connection').title).toBe('No puedes conectar contigo mismo');
      await ana.client.put('/api/me/settings', { locale: 'en' });
      expect(expectProblem(await ask(ana, ana), 400, 'self-connection').title).toBe('You cannot connect with yourself');
    });

    it('an unknown member is a 404', async () => {
      const ana = await member('Ana');
      const problem = expectProblem(await ana.client.post('/api/connections', { slug: 'nadie-de-nadie' }), 404, 'not-found');
      expect(problem.detail).toBe('Ese perfil no existe o no es visible para ti.');
    });

    it('a private member, or one outside your communities, is a 404 like an unknown one', async () => {
      const ana = await member('Ana');
      const hidden = await member('Pablo', { visibility: 'private' });
      const elsewhere = await member('Olga', { visibility: 'members' });
      await joinCommunities(t.app, elsewhere.id, ['camara-sevilla']);
      await leaveDefaultCommunity(t.app, elsewhere.id);
      const unknown = withoutInstance(expectProblem(await ana.client.post('/api/connections', { slug: 'nadie-de-nadie' }), 404));
      expect(withoutInstance(expectProblem(await ask(ana, hidden), 404))).toEqual(unknown);
      expect(withoutInstance(expectProblem(await ask(ana, elsewhere), 404))).toEqual(unknown);
      expect(await rowsBetween(ana, hidden)).toEqual([]);
    });

    it('asking twice is a 409; so is asking someone you are connected with', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      connectionOf(await ask(ana, bruno), 201);
      expect(expectProblem(await ask(ana, bruno), 409, 'connection-pending').title).toBe('Ya hay una solicitud pendiente con esta persona');
      const english = await bruno.client.put('/api/me/settings', { locale: 'en' });
      expect(english.statusCode, english.body).toBe(200);
      const { body } = await lists(bruno);
      connectionOf(await answer(bruno, body.incoming[0]!.id, 'accept'), 200);
      expect(expectProblem(await ask(ana, bruno), 409, 'already-connected').title).toBe('Ya estáis conectados');
      expect(expectProblem(await ask(bruno, ana), 409, 'already-connected').title).toBe('You are already connected');
    });

    it('only the addressee can answer: the requester, a third member or a wrong id get a 404', async () => {
      const [ana, bruno, carla] = await members('Ana', 'Bruno', 'Carla');
      const { id } = connectionOf(await ask(ana, bruno), 201);
      for (const reply of ['accept', 'decline'] as const) {
        expectProblem(await answer(ana, id, reply), 404, 'not-found');
        expectProblem(await answer(carla, id, reply), 404, 'not-found');
      }
      expectProblem(await answer(bruno, '00000000-0000-4000-8000-000000000000', 'accept'), 404, 'not-found');
      expect(fieldErrors(await answer(bruno, 'not-a-uuid', 'accept'))).toHaveProperty('id');
      expect(await rowsBetween(ana, bruno)).toEqual([{ status: 'pending' }]);
    });

    it('answering an answered request is a 409', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      const { id } = connectionOf(await ask(ana, bruno), 201);
      connectionOf(await answer(bruno, id, 'accept'), 200);
      expect(expectProblem(await answer(bruno, id, 'accept'), 409, 'connection-not-pending').title).toBe('Esta solicitud ya se respondió');
      expectProblem(await answer(bruno, id, 'decline'), 409, 'connection-not-pending');
      expect(await rowsBetween(ana, bruno)).toEqual([{ status: 'accepted' }]);
    });

    it('every route needs a login (401) and, for writes, the CSRF token (403)', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      const { id } = connectionOf(await ask(ana, bruno), 201);
      const routes = [
        ['GET', '/api/connections'],
        ['POST', '/api/connections', { slug: bruno.slug }],
        ['POST', `/api/connections/${id}/accept`],
        ['POST', `/api/connections/${id}/decline`],
        ['POST', '/api/blocks', { slug: ana.slug }],
        ['DELETE', `/api/blocks/${ana.slug}`],
      ] as const;
      const stranger = t.client();
      for (const [method, url, body] of routes) expectProblem(await stranger.request(method, url, body), 401, 'unauthorized');
      const session = `sinergia_session=${bruno.client.cookie('sinergia_session')}`;
      for (const [method, url, body] of routes.filter(([method]) => method !== 'GET'))
        expectProblem(await t.server.inject({ method, url, headers: { cookie: session }, ...(body ? { payload: body } : {}) }), 403, 'csrf');
      expect(await rowsBetween(ana, bruno)).toEqual([{ status: 'pending' }]);
    });
  });

  describe('mutual connections', () => {
    it('counts accepted connections in common, not pending ones (A–B, B–C accepted, A–C pending: 1)', async () => {
      const [a, b, c, d] = await members('Alba', 'Blas', 'Cris', 'Dani');
      await connect(a, b);
      await connect(b, c);
      await ask(a, d);
      await ask(d, c); // Pending on both sides of A–C: D is not a mutual connection.
      const request = connectionOf(await ask(a, c), 201);
      expect(request.mutualConnections).toBe(1);
      expect((await lists(c)).body.incoming.find((view) => view.id === request.id)?.mutualConnections).toBe(1);
      expect((await lists(a)).body.connected[0]).toMatchObject({ member: { slug: b.slug }, mutualConnections: 0 });

      const { db } = t.app.ctx.database;
      expect(await mutualConnectionCounts(db, a.id, [c.id, b.id, d.id])).toEqual(new Map([[c.id, 1]]));
      expect(await mutualConnectionCounts(db, a.id, [])).toEqual(new Map());
    });
  });

  describe('helpers for Discover', () => {
    it('tell connection states, connected ids and blocks', async () => {
      const [me, friend, asked, asker, declined, blocker, stranger] = await members('Yo', 'Amiga', 'Pedida', 'Pide', 'Rechaza', 'Bloquea', 'Nadie');
      await connect(me, friend);
      await ask(me, asked);
      await ask(asker, me);
      await answer(declined, connectionOf(await ask(me, declined), 201).id, 'decline');
      expect((await blocker.client.post('/api/blocks', { slug: me.slug })).statusCode).toBe(204);

      const { db } = t.app.ctx.database;
      const everyone = [friend, asked, asker, declined, blocker, stranger].map((m) => m.id);
      expect(await connectionStatesFor(db, me.id, everyone)).toEqual(
        new Map([
          [friend.id, 'connected'],
          [asked.id, 'pending-outgoing'],
          [asker.id, 'pending-incoming'],
        ]),
      );
      expect(await connectionStatesFor(db, me.id, [])).toEqual(new Map());
      expect(await connectedIds(db, me.id)).toEqual([friend.id]);
      expect(await blockedEitherWay(db, me.id)).toEqual(new Set([blocker.id]));
      expect(await blockedEitherWay(db, blocker.id)).toEqual(new Set([me.id]));
    });
  });

  describe('blocking', () => {
    it('removes a pending request and hides the blocker from the blocked member’s requests (404, as if unknown)', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      connectionOf(await ask(ana, bruno), 201);
      expect((await bruno.client.post('/api/blocks', { slug: ana.slug })).statusCode).toBe(204);
      expect((await bruno.client.post('/api/blocks', { slug: ana.slug })).statusCode).toBe(204); // Twice is fine.
      expect(await lists(ana)).toMatchObject({ outgoing: [], incoming: [], connected: [] });
      expect(await lists(bruno)).toMatchObject({ outgoing: [], incoming: [], connected: [] });
      expect(await rowsBetween(ana, bruno)).toEqual([]);

      const unknown = withoutInstance(expectProblem(await ana.client.post('/api/connections', { slug: 'nadie-de-nadie' }), 404));
      expect(withoutInstance(expectProblem(await ask(ana, bruno), 404))).toEqual(unknown);
      expect(expectProblem(await ask(bruno, ana), 403, 'blocked').title).toBe('Has bloqueado a esta persona');

      expect((await bruno.client.delete(`/api/blocks/${ana.slug}`)).statusCode).toBe(204);
      expect((await bruno.client.delete(`/api/blocks/${ana.slug}`)).statusCode).toBe(204);
      connectionOf(await ask(ana, bruno), 201);
    });

    it('ends an existing connection', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      await connect(ana, bruno);
      expect((await ana.client.post('/api/blocks', { slug: bruno.slug })).statusCode).toBe(204);
      expect((await lists(bruno)).connected).toEqual([]);
      expect(await rowsBetween(ana, bruno)).toEqual([]);
    });

    it('reaches a private member who sent you a request; not an unknown one, nor yourself', async () => {
      const ana = await member('Ana', { visibility: 'public' });
      const hidden = await member('Pablo', { visibility: 'private' });
      connectionOf(await ask(hidden, ana), 201);
      expect((await lists(ana)).incoming).toEqual([hidden.slug]);
      expect((await ana.client.post('/api/blocks', { slug: hidden.slug })).statusCode).toBe(204);
      expect((await lists(ana)).incoming).toEqual([]);
      expectProblem(await ask(hidden, ana), 404, 'not-found');
      expect((await ana.client.delete(`/api/blocks/${hidden.slug}`)).statusCode).toBe(204);

      expectProblem(await ana.client.post('/api/blocks', { slug: 'nadie-de-nadie' }), 404, 'not-found');
      expectProblem(await ana.client.delete('/api/blocks/nadie-de-nadie'), 404, 'not-found');
      expect(expectProblem(await ana.client.post('/api/blocks', { slug: ana.slug }), 400, 'self-block').title).toBe(
        'No puedes bloquearte a ti mismo',
      );
    });
  });

  describe('concurrency', () => {
    it('two members asking each other at the same moment end with one accepted connection, never two rows', async () => {
      for (let round = 0; round < 5; round++) {
        const [ana, bruno] = await members('Ana', 'Bruno');
        const responses = await Promise.all([ask(ana, bruno, 'De Ana'), ask(bruno, ana, 'De Bruno')]);
        expect(responses.map((r) => r.statusCode).sort(), responses.map((r) => r.body).join('\n')).toEqual([200, 201]);
        expect(await rowsBetween(ana, bruno)).toEqual([{ status: 'accepted' }]);
      }
    });

    it('a double click sends one request: the second is a 409', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      const responses = await Promise.all([ask(ana, bruno), ask(ana, bruno)]);
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      expect(await rowsBetween(ana, bruno)).toEqual([{ status: 'pending' }]);
    });

    it('the database itself refuses a second row for the same pair, either way round', async () => {
      const [ana, bruno] = await members('Ana', 'Bruno');
      connectionOf(await ask(ana, bruno), 201);
      await expect(
        t.app.ctx.database.query('INSERT INTO connections (requester_id, addressee_id) VALUES ($1, $2)', [bruno.id, ana.id]),
      ).rejects.toMatchObject({ code: '23505' });
    });
  });

  it('documents the routes in the OpenAPI document', async () => {
    const document = (await t.client().get('/api/openapi.json')).json();
    for (const path of ['/api/connections', '/api/connections/{id}/accept', '/api/connections/{id}/decline', '/api/blocks', '/api/blocks/{slug}'])
      expect(document.paths[path], path).toBeDefined();
    expect(document.paths['/api/connections'].post.tags).toEqual(['connections']);
    expect(Object.keys(document.paths['/api/connections'].post.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '404', '409']));
  });
});
