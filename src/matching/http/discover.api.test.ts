import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../profiles/profile-input.ts';
import { expectProblem, fieldErrors, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, joinCommunities, leaveDefaultCommunity, type TestMember } from '../../testing/members.ts';
import type { DiscoverItem } from '../discover/present.ts';

type Discovery = { items: DiscoverItem[]; total: number; nextStep: string | null };

const madrid: ProfileInput = { city: 'Madrid', region: 'Comunidad de Madrid', country: 'ES', languages: ['es'], goals: ['partners'] };
const weddingTrade = {
  photographer: { ...madrid, offers: ['fotografía de bodas'], needs: ['floristería para bodas', 'fincas para bodas'] },
  florist: { ...madrid, offers: ['ramos de novia', 'decoración floral'], needs: ['fotógrafos de boda'] },
  venue: { ...madrid, offers: ['finca para bodas'], needs: ['fotografía de bodas', 'floristas'] },
  planner: { ...madrid, offers: ['organización de bodas'], needs: ['fotografía de bodas', 'floristería'] },
} satisfies Record<string, ProfileInput>;

const discoveryOf = (response: LightMyRequestResponse): Discovery => {
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Discovery;
};
const slugsOf = (discovery: { items: DiscoverItem[] }) => discovery.items.map((item) => item.member.slug);

describe.each(databaseKinds)('Discover API on %s', (kind) => {
  const t = useTestApp(kind);
  let serial = 0;

  /** Members who see only each other: their own community, out of the default one. */
  const world = async (profiles: Record<string, ProfileInput>) => {
    const community = `discover-${++serial}`;
    const members: Record<string, TestMember> = {};
    for (const [name, profile] of Object.entries(profiles)) {
      const member = await createMember(t.server, `${name}-${serial}@example.es`, `${name} ${serial}`, profile);
      await leaveDefaultCommunity(t.app, member.id);
      await joinCommunities(t.app, member.id, [community]);
      members[name] = member;
    }
    return members;
  };
  const discover = (member: TestMember, query = '') => member.client.get(`/api/discover?limit=50${query}`).then(discoveryOf);

  it('asks for a login on every route', async () => {
    const anonymous = t.client();
    for (const [method, url, body] of [
      ['GET', '/api/discover'],
      ['GET', '/api/discover?limit=500'],
      ['POST', '/api/discover/feedback', { slug: 'x', kind: 'nope' }],
      ['GET', '/api/discover/search?q=abogado'],
      ['GET', '/api/me/concepts'],
      ['PUT', '/api/me/concepts', { offers: [] }],
    ] as const)
      expectProblem(await anonymous.request(method, url, body), 401, 'unauthorized');
  });

  it('ranks the members worth meeting with reasons, mutual connections and connection state', async () => {
    const { ana, lucia, javier } = await world({ ana: weddingTrade.photographer, lucia: weddingTrade.florist, javier: weddingTrade.venue });
    const discovery = await discover(ana!);
    expect(discovery).toMatchObject({ total: 2, nextStep: null });
    expect(slugsOf(discovery).sort()).toEqual([lucia!.slug, javier!.slug].sort());
    const [first] = discovery.items;
    expect(first).toEqual({
      member: expect.objectContaining({ slug: expect.any(String), name: expect.any(String), city: 'Madrid' }),
      score: expect.any(Number),
      relation: 'partner',
      reasons: expect.arrayContaining([expect.stringMatching(/^Necesita fotografía de bodas, justo lo que ofreces$/)]),
      mutualConnections: 0,
      connection: null,
    });
    expect(first!.score).toBeGreaterThan(50);

    const page = discoveryOf(await ana!.client.get('/api/discover?limit=1&offset=1'));
    expect(page).toMatchObject({ total: 2, items: [{ member: { slug: discovery.items[1]!.member.slug } }] });
  });

  it('speaks the member’s language, also after they change it', async () => {
    const { ana } = await world({ ana: weddingTrade.photographer, lucia: weddingTrade.florist });
    expect((await discover(ana!)).items[0]!.reasons).toContain('Necesita fotografía de bodas, justo lo que ofreces');
    expect((await ana!.client.put('/api/me/settings', { locale: 'en' })).statusCode).toBe(200);
    expect((await discover(ana!)).items[0]!.reasons).toContain('They need wedding photography — you offer it');
  });

  it('rejects bad paging and unknown parameters', async () => {
    const { ana } = await world({ ana: weddingTrade.photographer });
    expect(fieldErrors(await ana!.client.get('/api/discover?limit=51'))).toHaveProperty('limit');
    expect(fieldErrors(await ana!.client.get('/api/discover?limit=0'))).toHaveProperty('limit');
    expect(fieldErrors(await ana!.client.get('/api/discover?offset=-1'))).toHaveProperty('offset');
    expect(fieldErrors(await ana!.client.get('/api/discover?includeCompetitors=maybe'))).toHaveProperty('includeCompetitors');
  });

  it('hides competitors unless asked for, labelled as such', async () => {
    const { ana, pablo } = await world({ ana: weddingTrade.photographer, pablo: weddingTrade.photographer, lucia: weddingTrade.florist });
    expect(slugsOf(await discover(ana!))).not.toContain(pablo!.slug);
    const colleagues = await discover(ana!, '&includeCompetitors=true');
    expect(colleagues.items.find((item) => item.member.slug === pablo!.slug)).toMatchObject({ relation: 'competitor' });
  });

  it('takes feedback: not relevant hides for good, competitor hides unless asked for', async () => {
    const { ana, lucia, javier, marta } = await world({
      ana: weddingTrade.photographer, lucia: weddingTrade.florist, javier: weddingTrade.venue, marta: weddingTrade.planner,
    });
    const feedback = (slug: string, kind: string) => ana!.client.post('/api/discover/feedback', { slug, kind });
    expect(slugsOf(await discover(ana!))).toEqual(expect.arrayContaining([lucia!.slug, javier!.slug, marta!.slug]));

    expect((await feedback(lucia!.slug, 'not-relevant')).statusCode).toBe(204);
    expect((await feedback(javier!.slug, 'competitor')).statusCode).toBe(204);
    expect((await feedback(marta!.slug, 'interested')).statusCode).toBe(204);
    const after = await discover(ana!);
    expect(slugsOf(after)).toEqual([marta!.slug]);
    const withColleagues = await discover(ana!, '&includeCompetitors=true');
    expect(slugsOf(withColleagues)).not.toContain(lucia!.slug);
    expect(withColleagues.items.find((item) => item.member.slug === javier!.slug)).toMatchObject({ relation: 'competitor' });

    expect(fieldErrors(await feedback(marta!.slug, 'love'))).toHaveProperty('kind');
    expect(fieldErrors(await ana!.client.post('/api/discover/feedback', { slug: marta!.slug }))).toHaveProperty('kind');
    expectProblem(await feedback('nobody-at-all', 'interested'), 404, 'not-found');
    expect(fieldErrors(await feedback(ana!.slug, 'interested'))).toHaveProperty('slug');
  });

  it('leaves out connected and blocked members, and shows pending requests', async () => {
    const { ana, lucia, javier, marta, olivar } = await world({
      ana: weddingTrade.photographer, lucia: weddingTrade.florist, javier: weddingTrade.venue, marta: weddingTrade.planner,
      olivar: weddingTrade.venue,
    });
    expect(slugsOf(await discover(ana!))).toContain(olivar!.slug);
    expect((await olivar!.client.post('/api/blocks', { slug: ana!.slug })).statusCode).toBe(204);
    expect(slugsOf(await discover(olivar!))).not.toContain(ana!.slug);
    const request = await ana!.client.post('/api/connections', { slug: lucia!.slug });
    expect(request.statusCode, request.body).toBe(201);
    expect((await lucia!.client.post(`/api/connections/${request.json().connection.id}/accept`)).statusCode).toBe(200);
    expect((await ana!.client.post('/api/connections', { slug: javier!.slug })).statusCode).toBe(201);
    expect((await marta!.client.post('/api/connections', { slug: lucia!.slug })).statusCode).toBe(201);

    const discovery = await discover(ana!);
    expect(slugsOf(discovery)).not.toContain(lucia!.slug);
    expect(slugsOf(discovery)).not.toContain(olivar!.slug);
    expect(discovery.items.find((item) => item.member.slug === javier!.slug)).toMatchObject({ connection: 'pending-outgoing' });
    // Marta and Ana both know Lucía once Lucía accepts Marta.
    const incoming = await lucia!.client.get('/api/connections');
    await lucia!.client.post(`/api/connections/${incoming.json().incoming[0].id}/accept`);
    expect((await discover(ana!)).items.find((item) => item.member.slug === marta!.slug)).toMatchObject({
      mutualConnections: 1,
      reasons: expect.arrayContaining(['1 contacto en común']),
    });
  });

  it('leaves out profiles the member may not see', async () => {
    const { ana, lucia } = await world({ ana: weddingTrade.photographer, lucia: weddingTrade.florist });
    expect(slugsOf(await discover(ana!))).toEqual([lucia!.slug]);
    expect((await lucia!.client.put('/api/me/profile', { visibility: 'private' })).statusCode).toBe(200);
    expect(await discover(ana!)).toMatchObject({ items: [], total: 0 });
    const found = await ana!.client.get(`/api/discover/search?q=${encodeURIComponent('floristería')}`);
    expect(found.json()).toEqual({ items: [] });
  });

  it('gives thin profiles a next step instead of an empty list', async () => {
    const { empty, thin } = await world({
      empty: { city: 'Madrid' },
      thin: { ...madrid, offers: ['fotografía de bodas'] },
      lucia: weddingTrade.florist,
    });
    expect(await discover(empty!)).toEqual({ items: [], total: 0, nextStep: 'add-offers-needs' });
    const thinDiscovery = await discover(thin!);
    expect(thinDiscovery.nextStep).toBe('complete-profile');
    expect(thinDiscovery.total).toBeGreaterThan(0);
    const completed = await thin!.client.put('/api/me/profile', { needs: ['floristas', 'fincas'], completeOnboarding: true });
    expect(completed.statusCode).toBe(200);
    expect((await discover(thin!)).nextStep).toBeNull();
  });

  describe('search', () => {
    const search = (member: TestMember, q: string) =>
      member.client.get(`/api/discover/search?q=${encodeURIComponent(q)}`).then((response) => {
        expect(response.statusCode, response.body).toBe(200);
        return response.json() as { items: DiscoverItem[] };
      });

    it('finds who offers the concepts named, in the place named, ranked with reasons', async () => {
      const { tom, elena, jordi, rosa } = await world({
        tom: { city: 'Madrid', country: 'ES', languages: ['es', 'en'], offers: ['software de reservas'] },
        elena: { city: 'Valencia', country: 'ES', languages: ['es'], offers: ['asesoría fiscal y contable'] },
        jordi: { city: 'València', country: 'ES', languages: ['es'], offers: ['contabilidad para pymes'] },
        rosa: { city: 'Barcelona', country: 'ES', languages: ['es'], offers: ['asesoría fiscal y contable'] },
      });
      const found = await search(tom!, 'busco asesoría contable en Valencia');
      expect(slugsOf(found).sort()).toEqual([elena!.slug, jordi!.slug].sort());
      expect(found.items[0]!.reasons[0]).toMatch(/^Ofrece asesoría contable/);

      expect((await tom!.client.put('/api/me/settings', { locale: 'en' })).statusCode).toBe(200);
      const english = await search(tom!, 'accountant in Barcelona');
      expect(slugsOf(english)).toEqual([rosa!.slug]);
      expect(english.items[0]!.reasons[0]).toMatch(/^They offer accounting/);
    });

    it('falls back on full-text search when no concept is named', async () => {
      const { ana, zoe } = await world({
        ana: weddingTrade.photographer,
        zoe: { ...madrid, company: 'Zumbalandia', offers: ['fotografía de bodas'] },
      });
      const found = await search(ana!, 'Zumbalandia');
      expect(slugsOf(found)).toEqual([zoe!.slug]);
      expect(found.items[0]!.reasons[0]).toBe('Coincide con tu búsqueda «Zumbalandia»');
    });

    it('rejects a missing or long query and a limit above 50', async () => {
      const { ana } = await world({ ana: weddingTrade.photographer });
      expect(fieldErrors(await ana!.client.get('/api/discover/search'))).toHaveProperty('q');
      expect(fieldErrors(await ana!.client.get(`/api/discover/search?q=${'a'.repeat(201)}`))).toHaveProperty('q');
      expect(fieldErrors(await ana!.client.get('/api/discover/search?q=seo&limit=51'))).toHaveProperty('limit');
    });
  });

  describe('my concepts', () => {
    it('shows the concepts found in my offers and needs, in my language', async () => {
      const { ana } = await world({ ana: weddingTrade.photographer });
      const response = await ana!.client.get('/api/me/concepts');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        offers: [{ phrase: 'fotografía de bodas', concepts: [{ id: 'wedding-photography', label: expect.stringMatching(/^Fotografía de bodas$/i) }] }],
        needs: [
          { phrase: 'floristería para bodas', concepts: expect.arrayContaining([expect.objectContaining({ id: 'floristry' })]) },
          { phrase: 'fincas para bodas', concepts: [expect.objectContaining({ id: 'wedding-venues' })] },
        ],
      });
    });

    it('takes corrections, which change the matching', async () => {
      const { ana, zoe } = await world({
        ana: weddingTrade.planner,
        // Without goals in common, only what she offers can make her worth meeting.
        zoe: { ...madrid, goals: [], offers: ['retratos al atardecer'] },
      });
      expect(slugsOf(await discover(ana!))).not.toContain(zoe!.slug);
      const corrected = await zoe!.client.put('/api/me/concepts', { offers: [{ phrase: 'retratos al atardecer', conceptIds: ['wedding-photography'] }] });
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(corrected.json().offers).toEqual([
        { phrase: 'retratos al atardecer', concepts: [{ id: 'wedding-photography', label: expect.any(String) }] },
      ]);
      expect(slugsOf(await discover(ana!))).toContain(zoe!.slug);
    });

    it('rejects unknown concepts and phrases, field by field, changing nothing', async () => {
      const { ana } = await world({ ana: weddingTrade.photographer });
      const before = (await ana!.client.get('/api/me/concepts')).json();
      const errors = fieldErrors(
        await ana!.client.put('/api/me/concepts', {
          offers: [{ phrase: 'fotografía de bodas', conceptIds: ['wedding-photography', 'time-travel'] }],
          needs: [{ phrase: 'unicornios', conceptIds: [] }],
        }),
      );
      expect(errors).toEqual({
        'offers/0/conceptIds/1': 'Concepto desconocido: time-travel.',
        'needs/0/phrase': expect.any(String),
      });
      expect((await ana!.client.get('/api/me/concepts')).json()).toEqual(before);
      expect(fieldErrors(await ana!.client.put('/api/me/concepts', { offers: [{ phrase: 'x' }] }))).toHaveProperty('offers/0/conceptIds');
    });
  });

  it('documents the routes in the OpenAPI document', async () => {
    const { paths } = (await t.client().get('/api/openapi.json')).json();
    for (const path of ['/api/discover', '/api/discover/feedback', '/api/discover/search', '/api/me/concepts']) expect(paths).toHaveProperty([path]);
  });
});
