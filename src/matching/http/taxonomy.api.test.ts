import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { grantInstanceAdmin } from '../../accounts/accounts.ts';
import { expectProblem, fieldErrors, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, joinCommunities, type TestMember } from '../../testing/members.ts';
import type { TaxonomyAdditionsView } from '../additions/views.ts';
import { conceptCorrections, matchProfiles } from '../store/tables.ts';

/** Background recomputation runs as a job: give it time on a busy machine. */
const jobWait = { timeout: 30_000, interval: 200 };

describe.each(databaseKinds)('taxonomy additions API on %s', (kind) => {
  const t = useTestApp(kind);
  let serial = 0;
  const member = (name: string, profile = {}) => createMember(t.server, `${name}-${++serial}@example.es`, `${name} ${serial}`, profile);
  const instanceAdmin = async () => {
    const admin = await member('Irene');
    await grantInstanceAdmin(t.app.ctx.database.db, admin.me.email);
    return admin;
  };
  const communityAdmin = async () => {
    const admin = await member('Carlos');
    const community = `camara-${serial}`;
    await joinCommunities(t.app, admin.id, [community]);
    await t.app.ctx.database.db.execute(sql`
      UPDATE community_memberships SET role = 'admin'
      WHERE user_id = ${admin.id} AND community_id = (SELECT id FROM communities WHERE slug = ${community})`);
    return admin;
  };
  const storedProfile = async ({ id }: TestMember) =>
    (await t.app.ctx.database.db.select().from(matchProfiles).where(eq(matchProfiles.userId, id)))[0]!;
  const additions = async (admin: TestMember) => {
    const response = await admin.client.get('/api/taxonomy/additions');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as TaxonomyAdditionsView;
  };
  const search = async (who: TestMember, q: string) =>
    ((await who.client.get(`/api/taxonomy/concepts?q=${encodeURIComponent(q)}`)).json() as { items: { id: string }[] }).items.map((c) => c.id);

  it('asks strangers to log in and refuses members who administer nothing, whatever they send', async () => {
    const anonymous = t.client();
    const plain = await member('Pablo');
    const routes = [
      ['GET', '/api/taxonomy/additions'],
      ['POST', '/api/taxonomy/additions/synonyms', { conceptId: 'accounting', locale: 'es', term: 'teneduría' }],
      ['POST', '/api/taxonomy/additions/synonyms', { term: 42 }],
      ['POST', '/api/taxonomy/additions/concepts', { kind: 'product', label: { es: 'Kombucha', en: 'Kombucha' } }],
      ['DELETE', '/api/taxonomy/additions/synonyms/not-a-uuid'],
      ['DELETE', '/api/taxonomy/additions/concepts/accounting'],
    ] as const;
    for (const [method, url, body] of routes) {
      expectProblem(await anonymous.request(method, url, body), 401, 'unauthorized');
      const refused = expectProblem(await plain.client.request(method, url, body), 403, 'forbidden');
      expect(refused.detail).toBe('Solo los administradores de la instancia o de una comunidad pueden añadir conceptos y sinónimos.');
    }
    expectProblem(await anonymous.get('/api/taxonomy/concepts?q=foto'), 401, 'unauthorized');
    expectProblem(await anonymous.get('/api/taxonomy/spheres'), 401, 'unauthorized');
  });

  it('checks writes for the CSRF token like every other route', async () => {
    const admin = await instanceAdmin();
    const response = await admin.client.post(
      '/api/taxonomy/additions/synonyms',
      { conceptId: 'accounting', locale: 'es', term: 'teneduría de libros' },
      { headers: { 'x-csrf-token': 'forged' } },
    );
    expectProblem(response, 403, 'csrf');
  });

  it('makes a need nobody understood match once an administrator adds the synonym, and unmatch once removed', async () => {
    const luis = await member('Luis', { needs: ['un luthier para reparar guitarras'] });
    expect((await storedProfile(luis)).needConcepts).not.toContain('handicrafts');
    const admin = await instanceAdmin();

    const added = await admin.client.post('/api/taxonomy/additions/synonyms', { conceptId: 'handicrafts', locale: 'es', term: '  luthier ' });
    expect(added.statusCode, added.body).toBe(201);
    const synonym = added.json();
    expect(synonym).toEqual({
      id: expect.any(String), conceptId: 'handicrafts', conceptLabel: expect.any(String), locale: 'es', term: 'luthier',
      addedBy: { name: admin.me.name, slug: admin.slug }, addedAt: expect.any(String),
    });
    expect((await additions(admin)).synonyms).toEqual([synonym]);
    // The member's own view reads the taxonomy at once; the stored profile is recomputed in the background.
    const concepts = (await luis.client.get('/api/me/concepts')).json();
    expect(concepts.needs[0].concepts.map((c: { id: string }) => c.id)).toContain('handicrafts');
    await vi.waitFor(async () => expect((await storedProfile(luis)).needConcepts).toContain('handicrafts'), jobWait);

    expect((await admin.client.delete(`/api/taxonomy/additions/synonyms/${synonym.id}`)).statusCode).toBe(204);
    expect((await additions(admin)).synonyms).toEqual([]);
    await vi.waitFor(async () => expect((await storedProfile(luis)).needConcepts).not.toContain('handicrafts'), jobWait);
    expectProblem(await admin.client.delete(`/api/taxonomy/additions/synonyms/${synonym.id}`), 404, 'not-found');
  });

  it('lets a community administrator add a concept that search, mapping and relations see, and remove it', async () => {
    const admin = await communityAdmin();
    const brewer = await member('Marta', { offers: ['kombucha ecológica'] });
    expect(await search(brewer, 'kombu')).toEqual([]);

    const response = await admin.client.post('/api/taxonomy/additions/concepts', {
      kind: 'product',
      label: { es: 'Kombucha', en: 'Kombucha' },
      synonyms: { es: ['té fermentado', 'kombuchas'], en: ['fermented tea'] },
      spheres: ['agrifood-wine'],
      relations: [{ type: 'supplies', conceptId: 'restaurants' }],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({
      id: 'kombucha', kind: 'product', label: { es: 'Kombucha', en: 'Kombucha' },
      spheres: [{ id: 'agrifood-wine', label: 'Agroalimentación y vino' }],
      relations: [{ type: 'supplies', conceptId: 'restaurants', label: expect.any(String) }],
      addedBy: { name: admin.me.name, slug: admin.slug }, addedAt: expect.any(String),
    });
    // "kombuchas" stems like the label, so only the other two synonyms are kept.
    expect((await additions(admin)).synonyms.map((s) => s.term).sort()).toEqual(['fermented tea', 'té fermentado']);
    expect((await search(brewer, 'kombu'))[0]).toBe('kombucha');
    expect((await search(brewer, 'te fermentado'))[0]).toBe('kombucha');
    await vi.waitFor(async () => expect((await storedProfile(brewer)).offerConcepts).toContain('kombucha'), jobWait);
    const corrected = await brewer.client.put('/api/me/concepts', { offers: [{ phrase: 'kombucha ecológica', conceptIds: ['kombucha'] }] });
    expect(corrected.statusCode, corrected.body).toBe(200);

    expect((await admin.client.delete('/api/taxonomy/additions/concepts/kombucha')).statusCode).toBe(204);
    // A correction naming the removed concept is forgotten: the phrase goes back to its automatic reading.
    const { db } = t.app.ctx.database;
    expect(await db.select().from(conceptCorrections).where(eq(conceptCorrections.userId, brewer.id))).toEqual([]);
    expect((await brewer.client.get('/api/me/concepts')).json().offers[0].concepts).not.toContainEqual(expect.objectContaining({ id: 'kombucha' }));
    expect(await additions(admin)).toEqual({ concepts: [], synonyms: [] });
    expect(await search(brewer, 'kombu')).toEqual([]);
    await vi.waitFor(async () => expect((await storedProfile(brewer)).offerConcepts).not.toContain('kombucha'), jobWait);
    expectProblem(await admin.client.delete('/api/taxonomy/additions/concepts/kombucha'), 404, 'not-found');
    expectProblem(await admin.client.delete('/api/taxonomy/additions/concepts/accounting'), 404, 'not-found');
  });

  it('rejects bad synonyms field by field, in the caller’s language', async () => {
    const admin = await instanceAdmin();
    const add = (body: object) => admin.client.post('/api/taxonomy/additions/synonyms', body);
    expect(fieldErrors(await add({ conceptId: 'no-such-concept', locale: 'es', term: '   ' }))).toEqual({
      conceptId: 'Concepto desconocido: no-such-concept.',
      term: 'No puede estar vacío.',
    });
    expect(fieldErrors(await add({ conceptId: 'accounting', locale: 'es', term: 'de la' }))).toEqual({
      term: 'Escribe al menos una palabra con significado, no solo artículos o preposiciones.',
    });
    expect(fieldErrors(await add({ conceptId: 'accounting', locale: 'es', term: 'Contabilidades' }))).toEqual({
      term: 'Este concepto ya se reconoce con ese término.',
    });
    expect(fieldErrors(await add({ conceptId: 'accounting', locale: 'es', term: 'fotografía de bodas' }))).toEqual({
      term: 'Ese término ya nombra otro concepto: «Fotografía de bodas».',
    });
    expect(fieldErrors(await add({ conceptId: 'accounting', locale: 'fr', term: 'x'.repeat(81) }))).toEqual({
      locale: 'Valor no permitido. Opciones: es, en.',
      term: 'Debe tener como máximo 80 caracteres.',
    });
    expect(fieldErrors(await add({ locale: 'es' }))).toEqual({ conceptId: 'Este campo es obligatorio.', term: 'Este campo es obligatorio.' });

    expect((await admin.client.put('/api/me/settings', { locale: 'en' })).statusCode).toBe(200);
    expect(fieldErrors(await add({ conceptId: 'accounting', locale: 'en', term: 'wedding photography' }))).toEqual({
      term: 'That term already names another concept: "Wedding photography".',
    });
    expect((await additions(admin)).synonyms).toEqual([]);
  });

  it('rejects bad concepts field by field, and adds nothing', async () => {
    const admin = await instanceAdmin();
    const add = (body: object) => admin.client.post('/api/taxonomy/additions/concepts', body);
    expect(
      fieldErrors(
        await add({
          kind: 'product',
          label: { es: 'Contabilidad', en: 'Kefir' },
          synonyms: { es: ['de la'] },
          spheres: ['no-such-sphere'],
          relations: [
            { type: 'complements', conceptId: 'catering' },
            { type: 'competes', conceptId: 'catering' },
            { type: 'supplied-by', conceptId: 'no-such-concept' },
          ],
        }),
      ),
    ).toEqual({
      'label/es': 'Ese término ya nombra otro concepto: «Asesoría contable».',
      'synonyms/es/0': 'Escribe al menos una palabra con significado, no solo artículos o preposiciones.',
      'spheres/0': 'Esfera desconocida: no-such-sphere.',
      'relations/1/conceptId': 'Ese concepto ya está en otra relación.',
      'relations/2/conceptId': 'Concepto desconocido: no-such-concept.',
    });
    expect(fieldErrors(await add({ kind: 'gadget', label: { es: '' }, spheres: ['a', 'b', 'c'] }))).toEqual({
      kind: expect.stringMatching(/^Valor no permitido/),
      'label/es': 'No puede estar vacío.',
      'label/en': 'Este campo es obligatorio.',
      spheres: 'Como máximo 2 elementos.',
    });
    expect(await additions(admin)).toEqual({ concepts: [], synonyms: [] });
  });

  it('lists the spheres in the member’s language', async () => {
    const someone = await member('Sara');
    const spheres = (await someone.client.get('/api/taxonomy/spheres')).json().items;
    expect(spheres).toContainEqual({ id: 'weddings-events', label: 'Bodas y celebraciones' });
  });

  it('documents the routes in the OpenAPI document', async () => {
    const paths = (await t.client().get('/api/openapi.json')).json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/taxonomy/additions',
        '/api/taxonomy/additions/synonyms',
        '/api/taxonomy/additions/concepts',
        '/api/taxonomy/additions/synonyms/{id}',
        '/api/taxonomy/additions/concepts/{id}',
        '/api/taxonomy/concepts',
        '/api/taxonomy/spheres',
      ]),
    );
  });
});
