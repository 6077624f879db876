import { describe, expect, it } from 'vitest';
import { expectProblem, useTestApp, withoutInstance } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, type TestMember } from '../testing/members.ts';

describe.each(databaseKinds)('a block hides both members from each other on %s', (kind) => {
  const t = useTestApp(kind);
  let serial = 0;
  /** Ana (public profile) and Bruno (members-only), who see each other until one blocks the other. */
  const pair = async () => {
    const n = ++serial;
    const ana = await createMember(t.server, `ana-${n}@example.es`, `Ana ${n}`, { headline: 'Ceramista artesana', visibility: 'public' });
    const bruno = await createMember(t.server, `bruno-${n}@example.es`, `Bruno ${n}`, { headline: 'Luthier de guitarras', visibility: 'members' });
    return { ana, bruno };
  };
  const block = async (by: TestMember, whom: TestMember) =>
    expect((await by.client.post('/api/blocks', { slug: whom.slug })).statusCode).toBe(204);
  const unblock = async (by: TestMember, whom: TestMember) =>
    expect((await by.client.delete(`/api/blocks/${whom.slug}`)).statusCode).toBe(204);

  const directory = async (viewer: TestMember, q?: string) => {
    const response = await viewer.client.get(`/api/members?pageSize=50${q ? `&q=${encodeURIComponent(q)}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { slug: string }[]).map((item) => item.slug);
  };
  /** Where `viewer` can find `other`: the directory, a search for their headline, their member page. */
  const sightings = async (viewer: TestMember, other: TestMember, headline: string) => ({
    directory: (await directory(viewer)).includes(other.slug),
    search: (await directory(viewer, headline)).includes(other.slug),
    memberPage: (await viewer.client.get(`/api/members/${other.slug}`)).statusCode,
  });
  const seesAnaAndBruno = { directory: true, search: true, memberPage: 200 };
  const seesNeither = { directory: false, search: false, memberPage: 404 };

  it.each(['Ana', 'Bruno'])('hides each from the other in the directory, in search and on the member page when %s blocks', async (who) => {
    const { ana, bruno } = await pair();
    const [blocker, blocked] = who === 'Ana' ? [ana, bruno] : [bruno, ana];
    expect(await sightings(ana, bruno, 'luthier')).toEqual(seesAnaAndBruno);
    expect(await sightings(bruno, ana, 'ceramista')).toEqual(seesAnaAndBruno);

    await block(blocker, blocked);
    expect(await sightings(ana, bruno, 'luthier')).toEqual(seesNeither);
    expect(await sightings(bruno, ana, 'ceramista')).toEqual(seesNeither);
    const unknown = withoutInstance(expectProblem(await ana.client.get('/api/members/nadie-de-nadie'), 404, 'not-found'));
    expect(withoutInstance(expectProblem(await ana.client.get(`/api/members/${bruno.slug}`), 404))).toEqual(unknown);
    expect(withoutInstance(expectProblem(await bruno.client.get(`/api/members/${ana.slug}`), 404))).toEqual(unknown);
  });

  it('leaves both visible to everyone else', async () => {
    const { ana, bruno } = await pair();
    const carla = await createMember(t.server, `carla-${serial}@example.es`, `Carla ${serial}`);
    await block(ana, bruno);
    expect(await sightings(carla, ana, 'ceramista')).toEqual(seesAnaAndBruno);
    expect(await sightings(carla, bruno, 'luthier')).toEqual(seesAnaAndBruno);
  });

  it('shows them to each other again once unblocked', async () => {
    const { ana, bruno } = await pair();
    await block(bruno, ana);
    await unblock(bruno, ana);
    expect(await sightings(ana, bruno, 'luthier')).toEqual(seesAnaAndBruno);
    expect(await sightings(bruno, ana, 'ceramista')).toEqual(seesAnaAndBruno);
  });

  it('turns the public page, vCard and QR code into 404s for the other member, not for anonymous visitors', async () => {
    const { ana, bruno } = await pair();
    const urls = [`/p/${ana.slug}`, `/p/${ana.slug}/contact.vcf`, `/p/${ana.slug}/qr.svg`];
    for (const url of urls) expect((await bruno.client.get(url)).statusCode, url).toBe(200);
    await block(ana, bruno);
    for (const url of urls) {
      expect((await bruno.client.get(url)).statusCode, url).toBe(404);
      expect((await t.client().get(url)).statusCode, url).toBe(200);
    }
    const page = await bruno.client.get(`/p/${ana.slug}`);
    expect(page.body).toBe((await bruno.client.get('/p/nadie-de-nadie')).body);
  });

  it('tells the member who blocked why they cannot ask to connect; the other gets a 404 as if unknown', async () => {
    const { ana, bruno } = await pair();
    await block(ana, bruno);
    expect(expectProblem(await ana.client.post('/api/connections', { slug: bruno.slug }), 403, 'blocked').title).toBe('Has bloqueado a esta persona');
    expectProblem(await bruno.client.post('/api/connections', { slug: ana.slug }), 404, 'not-found');
  });
});
