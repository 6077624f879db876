import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { expectProblem, fieldErrors, useTestApp, withoutInstance } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, joinCommunities, leaveDefaultCommunity, type TestMember } from '../testing/members.ts';
import type { ProfileInput } from './profile-input.ts';

/**
 * Everyone is in the default community except Olga, who is only in "camara-sevilla" (as is Carlos,
 * besides the default one). Víctor is the usual viewer.
 */
const people = {
  victor: ['Víctor Visitante', { city: 'Zaragoza' }],
  lucia: ['Lucía Martín', {
    headline: 'Diseño gráfico y branding para pymes', company: 'Estudio Lumen', sector: 'Diseño', city: 'Málaga', country: 'ES',
    languages: ['es'], goals: ['clients'], offers: ['identidad corporativa', 'diseño de packaging'], visibility: 'public',
  }],
  ana: ['Ana Ruiz', {
    headline: 'Fotógrafa de bodas', sector: 'Fotografía', city: 'Madrid', country: 'ES', languages: ['es', 'en'],
    goals: ['partners'], offers: ['reportajes de boda'], needs: ['colaborar con floristerías'], pitch: 'Cuento historias de amor.',
    visibility: 'members',
  }],
  john: ['John Smith', {
    headline: 'Wedding photographer', sector: 'Photography', city: 'London', country: 'GB', languages: ['en'],
    goals: ['clients', 'partners'], offers: ['wedding photography'], visibility: 'public',
  }],
  emma: ['Emma Walsh', {
    headline: 'Marketing consultant for startups', sector: 'Marketing', city: 'Dublin', country: 'IE', languages: ['en', 'ga'],
    goals: ['mentors'], visibility: 'public',
  }],
  carlos: ['Carlos Vidal', {
    headline: 'Abogado mercantil', sector: 'Legal', city: 'Valencia', country: 'ES', languages: ['es', 'ca'], goals: ['investors'],
    visibility: 'members',
  }],
  pedro: ['Pedro Prieto', { headline: 'Asesor fiscal', sector: 'Finanzas', city: 'Málaga', country: 'ES', visibility: 'private' }],
  olga: ['Olga Ortiz', { headline: 'Organizadora de eventos', city: 'Sevilla', country: 'ES', visibility: 'members' }],
} satisfies Record<string, [string, ProfileInput]>;

type Person = keyof typeof people;

const slugsOf = (response: LightMyRequestResponse): string[] => {
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { slug: string }[]).map((item) => item.slug).sort();
};

describe.each(databaseKinds)('member directory API on %s', (kind) => {
  const t = useTestApp(kind);
  const m = {} as Record<Person, TestMember>;
  const slugs = (...names: Person[]) => names.map((name) => m[name].slug).sort();
  const search = async (client: ApiClient, query: Record<string, string | number>) =>
    slugsOf(await client.get(`/api/members?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`));

  beforeAll(async () => {
    for (const [key, [name, profile]] of Object.entries(people))
      m[key as Person] = await createMember(t.server, `${key}@example.es`, name, profile);
    await joinCommunities(t.app, m.olga.id, ['camara-sevilla']);
    await leaveDefaultCommunity(t.app, m.olga.id);
    await joinCommunities(t.app, m.carlos.id, ['camara-sevilla']);
  });

  describe('search', () => {
    it('finds "diseño gráfico" when searching "diseñadora"', async () => {
      expect(await search(m.victor.client, { q: 'diseñadora' })).toEqual(slugs('lucia'));
    });

    it('finds "Fotógrafa de bodas" when searching "fotografia" without the accent', async () => {
      expect(await search(m.victor.client, { q: 'fotografia' })).toContain(m.ana.slug);
      expect(await search(m.victor.client, { q: 'fotografia bodas' })).toEqual(slugs('ana'));
    });

    it('finds "wedding photographer" when searching "photographer"', async () => {
      expect(await search(m.victor.client, { q: 'photographer' })).toEqual(slugs('john'));
    });

    it('filters by city ignoring accents and case', async () => {
      expect(await search(m.victor.client, { city: 'malaga' })).toEqual(slugs('lucia'));
      expect(await search(m.victor.client, { city: 'MÁLAGA' })).toEqual(slugs('lucia'));
    });

    it('filters by country, sector, language and goal', async () => {
      expect(await search(m.victor.client, { country: 'gb' })).toEqual(slugs('john'));
      expect(await search(m.victor.client, { country: 'ES' })).toEqual(slugs('lucia', 'ana', 'carlos'));
      expect(await search(m.victor.client, { sector: 'diseno' })).toEqual(slugs('lucia'));
      expect(await search(m.victor.client, { sector: 'photo' })).toEqual(slugs('john'));
      expect(await search(m.victor.client, { language: 'en' })).toEqual(slugs('ana', 'john', 'emma'));
      expect(await search(m.victor.client, { language: 'GA' })).toEqual(slugs('emma'));
      expect(await search(m.victor.client, { goal: 'investors' })).toEqual(slugs('carlos'));
      expect(await search(m.victor.client, { goal: 'partners' })).toEqual(slugs('ana', 'john'));
    });

    it('combines text and filters', async () => {
      expect(await search(m.victor.client, { goal: 'clients', language: 'en' })).toEqual(slugs('john'));
      expect(await search(m.victor.client, { q: 'photographer', country: 'ES' })).toEqual([]);
    });

    it('treats empty filters as "any"', async () => {
      expect(await search(m.victor.client, { q: '', city: '', country: '', sector: '', language: '' })).toEqual(
        slugs('victor', 'lucia', 'ana', 'john', 'emma', 'carlos'),
      );
    });

    it('returns the card fields of each result', async () => {
      const response = await m.victor.client.get('/api/members?country=GB');
      expect(response.json().items).toEqual([
        {
          slug: m.john.slug, name: 'John Smith', headline: 'Wedding photographer', company: '', sector: 'Photography',
          city: 'London', country: 'GB', photoUrl: '', offers: ['wedding photography'], languages: ['en'],
          goals: ['clients', 'partners'], remote: false,
        },
      ]);
    });
  });

  describe('pagination', () => {
    it('splits results into pages with the total on each', async () => {
      const seen: string[] = [];
      for (const page of [1, 2, 3]) {
        const response = await m.victor.client.get(`/api/members?pageSize=2&page=${page}`);
        const body = response.json();
        expect(body).toMatchObject({ total: 6, page, pageSize: 2 });
        expect(body.items).toHaveLength(2);
        seen.push(...body.items.map((item: { slug: string }) => item.slug));
      }
      expect(seen.sort()).toEqual(slugs('victor', 'lucia', 'ana', 'john', 'emma', 'carlos'));
    });

    it('answers a page past the end with no items and the right total', async () => {
      const response = await m.victor.client.get('/api/members?pageSize=2&page=4');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ items: [], total: 6, page: 4, pageSize: 2 });
      const filtered = await m.victor.client.get('/api/members?pageSize=2&page=9&country=ES');
      expect(filtered.json()).toEqual({ items: [], total: 3, page: 9, pageSize: 2 });
    });

    it('refuses a page size over 50 and an unknown goal', async () => {
      expect(fieldErrors(await m.victor.client.get('/api/members?pageSize=51'))).toEqual({ pageSize: 'Debe ser como máximo 50.' });
      expect(fieldErrors(await m.victor.client.get('/api/members?page=0'))).toEqual({ page: 'Debe ser como mínimo 1.' });
      expect(fieldErrors(await m.victor.client.get('/api/members?goal=money'))).toEqual({
        goal: 'Valor no permitido. Opciones: clients, partners, suppliers, investors, mentors, talent, learning.',
      });
    });
  });

  describe('visibility', () => {
    it('requires a session to search', async () => {
      expectProblem(await t.client().get('/api/members'), 401, 'unauthorized');
    });

    it('never shows a private profile to others, but shows it to its owner', async () => {
      expect(await search(m.victor.client, { q: 'fiscal' })).toEqual([]);
      expect(await search(m.pedro.client, { q: 'fiscal' })).toEqual(slugs('pedro'));
      expect(await search(m.pedro.client, { city: 'Málaga' })).toEqual(slugs('lucia', 'pedro'));
      expectProblem(await m.victor.client.get(`/api/members/${m.pedro.slug}`), 404, 'not-found');
      expect((await m.pedro.client.get(`/api/members/${m.pedro.slug}`)).json()).toMatchObject({ name: 'Pedro Prieto', visibility: 'private' });
    });

    it('shows a members-only profile only to members sharing a community', async () => {
      expect(await search(m.victor.client, { q: 'eventos' })).toEqual([]);
      expectProblem(await m.victor.client.get(`/api/members/${m.olga.slug}`), 404, 'not-found');

      expect(await search(m.carlos.client, { q: 'eventos' })).toEqual(slugs('olga'));
      expect((await m.carlos.client.get(`/api/members/${m.olga.slug}`)).statusCode).toBe(200);
    });

    it('shows public profiles to everybody, members-only ones only within the community', async () => {
      // Olga shares a community with Carlos only.
      expect(await search(m.olga.client, {})).toEqual(slugs('olga', 'carlos', 'lucia', 'john', 'emma'));
      expectProblem(await m.olga.client.get(`/api/members/${m.ana.slug}`), 404, 'not-found');
    });

    it('shows a public profile to anonymous visitors, with its public URL', async () => {
      const response = await t.client().get(`/api/members/${m.lucia.slug}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        slug: m.lucia.slug, name: 'Lucía Martín', visibility: 'public', publicUrl: `${t.app.config.publicUrl}/p/${m.lucia.slug}`,
      });
      expectProblem(await t.client().get(`/api/members/${m.ana.slug}`), 404, 'not-found');
    });

    it('shows a co-member the whole members-only profile, without a public URL', async () => {
      const response = await m.victor.client.get(`/api/members/${m.ana.slug}`);
      expect(response.json()).toMatchObject({
        name: 'Ana Ruiz', needs: ['colaborar con floristerías'], pitch: 'Cuento historias de amor.', visibility: 'members', publicUrl: null,
      });
    });

    it('answers an unknown and a hidden profile with the same 404', async () => {
      const unknown = expectProblem(await m.victor.client.get('/api/members/nadie-con-este-nombre'), 404, 'not-found');
      const hidden = expectProblem(await m.victor.client.get(`/api/members/${m.pedro.slug}`), 404, 'not-found');
      expect(unknown.detail).toBe('Ese perfil no existe o no es visible para ti.');
      expect(withoutInstance(hidden)).toEqual(withoutInstance(unknown));
    });
  });
});
