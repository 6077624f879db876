import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../testing/api-client.ts';
import { expectProblem, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import type { ProfileInput } from '../../profiles/profile-input.ts';
import { createMember } from '../../testing/members.ts';

describe.each(databaseKinds)('collaboration ideas from Discover matches, on %s', (kind) => {
  const t = useTestApp(kind);

  it('gives three ideas, each with a different member Discover recommends, in Spanish', async () => {
    const carmen = await createMember(t.server, 'carmen-ideas@example.es', 'Carmen Foto', {
      headline: 'Fotógrafa de bodas', offers: ['fotografía de bodas'], needs: ['floristerías para bodas', 'fincas para bodas'], goals: ['partners'],
    });
    const florist = await createMember(t.server, 'rocio-ideas@example.es', 'Rocío Flores', {
      headline: 'Florista', offers: ['decoración floral para bodas'], needs: ['fotógrafo de bodas'], goals: ['partners'],
    });
    const venue = await createMember(t.server, 'bruno-ideas@example.es', 'Bruno Finca', {
      headline: 'Finca para bodas', offers: ['finca para bodas'], needs: ['fotografía de bodas'], goals: ['clients'],
    });
    const caterer = await createMember(t.server, 'lola-ideas@example.es', 'Lola Catering', {
      headline: 'Catering para bodas', offers: ['catering para bodas'], needs: ['fotógrafos de bodas'], goals: ['partners'],
    });
    // Discover recommends her too (she needs what Carmen offers), but nothing connects their trades.
    const accountant = await createMember(t.server, 'eva-ideas@example.es', 'Eva Números', { offers: ['contabilidad'], needs: ['fotografía de bodas'] });
    const discover = (await carmen.client.get('/api/discover?limit=10')).json() as { items: { member: { slug: string } }[] };
    expect(discover.items.map((item) => item.member.slug)).toContain(accountant.slug);

    const response = await carmen.client.get('/api/coach/ideas');
    expect(response.statusCode, response.body).toBe(200);
    const { ideas, hasMatches } = response.json() as { ideas: { text: string; member: { slug: string; name: string } }[]; hasMatches: boolean };
    expect(hasMatches).toBe(true);
    expect(ideas).toHaveLength(3);
    expect(new Set(ideas.map((idea) => idea.member.slug))).toEqual(new Set([florist.slug, venue.slug, caterer.slug]));
    const ideaWith = (slug: string) => ideas.find((idea) => idea.member.slug === slug)?.text;
    // Each the pair's best format from the collaboration ideas (src/collaboration/ideas), in Spanish.
    expect(ideaWith(florist.slug)).toBe('Oferta conjunta para parejas que se casan: fotografía de bodas + floristería en una sola propuesta, con un único interlocutor');
    expect(ideaWith(venue.slug)).toMatch(/^Oferta conjunta .*fotografía de bodas \+ fincas y espacios para bodas/);
    expect(ideaWith(caterer.slug)).toMatch(/fotografía de bodas .*catering|catering .*fotografía de bodas/);

  });

  it('in English, fills up with a second idea with the same member when there is only one match', async () => {
    const emily = await createEnglishMember('emily-ideas@example.co.uk', 'Emily Carter', {
      offers: ['wedding photography'], needs: ['florists for weddings'], languages: ['en'], goals: ['partners'],
    });
    const james = await createEnglishMember('james-ideas@example.co.uk', 'James Whitfield', {
      offers: ['wedding flowers'], needs: ['wedding photographer'], languages: ['en'], goals: ['partners'],
    });
    const { ideas } = (await emily.get('/api/coach/ideas')).json() as { ideas: { text: string; member: { slug: string } }[] };
    expect(ideas).toHaveLength(3);
    expect(ideas.every((idea) => idea.member.slug === james.profile.slug)).toBe(true);
    expect(ideas[0]!.text).toBe('A joint offer for couples getting married: wedding photography + floristry in one package, with a single point of contact');
    expect(new Set(ideas.map((idea) => idea.text)).size).toBe(3);
  });

  it('has no ideas, and says there are no matches yet, for a member alone or with an empty profile', async () => {
    const lone = await createMember(t.server, 'solo-ideas@example.es', 'Sol Solo', { offers: ['restauración de relojes antiguos'], needs: ['piezas de relojería'] });
    expect((await lone.client.get('/api/coach/ideas')).json()).toEqual({ ideas: [], hasMatches: false });
    const empty = await createMember(t.server, 'empty-ideas@example.es', 'Nadia Nueva');
    expect((await empty.client.get('/api/coach/ideas')).json()).toEqual({ ideas: [], hasMatches: false });
  });

  async function createEnglishMember(email: string, name: string, profile: ProfileInput) {
    const client = t.client('en');
    await client.signup(email, name);
    const saved = await client.put('/api/me/profile', profile);
    expect(saved.statusCode, saved.body).toBe(200);
    return Object.assign(client, { profile: saved.json().profile as { slug: string } });
  }

  it('is for members only', async () => {
    expectProblem(await new ApiClient(t.server).get('/api/coach/ideas'), 401);
  });
});
