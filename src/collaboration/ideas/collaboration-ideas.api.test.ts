import { describe, expect, it } from 'vitest';
import { expectProblem, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import type { MemberIdeas } from './ideas-with-member.ts';

describe.each(databaseKinds)('collaboration ideas for a pair on %s', (kind) => {
  const t = useTestApp(kind);

  const speaking = async (member: TestMember, locale: 'es' | 'en') => {
    expect((await member.client.put('/api/me/settings', { locale })).statusCode).toBe(200);
    return member;
  };
  const ideasOf = async (viewer: TestMember, other: TestMember): Promise<MemberIdeas> => {
    const response = await viewer.client.get(`/api/members/${other.slug}/collaboration-ideas`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MemberIdeas;
  };

  it('gives a wedding photographer and a florist a joint package and mutual referrals, in Spanish', async () => {
    const ana = await speaking(
      await createMember(t.server, 'ana-ideas@example.es', 'Ana Luz', { headline: 'Fotógrafa de bodas', offers: ['fotografía de bodas'], city: 'Madrid', country: 'ES' }),
      'es',
    );
    const flor = await createMember(t.server, 'flor-ideas@example.es', 'Flor Ramos', { headline: 'Florista', offers: ['floristería para bodas'], city: 'Madrid', country: 'ES' });
    const answer = await ideasOf(ana, flor);
    expect(answer.member).toEqual({ slug: flor.slug, name: 'Flor Ramos' });
    const formats = answer.ideas.map((idea) => idea.format);
    expect(formats.slice(0, 2)).toEqual(['jointOffer', 'mutualReferral']);
    const [joint] = answer.ideas;
    expect(joint!.rationale).toMatch(/^Oferta conjunta para parejas que se casan/);
    expect(joint!.rationale).toContain('fotografía de bodas');
    expect(joint!.gains.a).toContain('fotografía de bodas');
    expect(joint!.gains.b).toContain('floristería');
    // Seen from the other side, the same ideas with the gains swapped.
    const back = await ideasOf(await speaking(flor, 'es'), ana);
    expect(back.ideas[0]!.gains.a).toBe(joint!.gains.b);
  });

  it('speaks the viewer’s language: the same pair in English', async () => {
    const emily = await speaking(
      await createMember(t.server, 'emily-ideas@example.co.uk', 'Emily Carter', { offers: ['wedding photography'], city: 'London', country: 'GB' }),
      'en',
    );
    const james = await createMember(t.server, 'james-ideas@example.co.uk', 'James Whitfield', { offers: ['wedding flowers'], city: 'London', country: 'GB' });
    const { ideas } = await ideasOf(emily, james);
    expect(ideas.map((idea) => idea.format).slice(0, 2)).toEqual(['jointOffer', 'mutualReferral']);
    expect(ideas[0]!.rationale).toMatch(/^A joint offer/);
    expect(ideas[0]!.gains.a).toContain('wedding photography');
    expect(ideas[1]!.rationale).toMatch(/^Refer clients to each other/);
  });

  it('has no ideas when nothing links the trades', async () => {
    const ana = await createMember(t.server, 'ana-none@example.es', 'Ana', { offers: ['fotografía de bodas'] });
    const raul = await createMember(t.server, 'raul-none@example.es', 'Raúl', { offers: ['soldadura industrial'] });
    expect((await ideasOf(ana, raul)).ideas).toEqual([]);
  });

  it('treats hidden, blocked and unknown members as missing, and refuses yourself', async () => {
    const ana = await speaking(await createMember(t.server, 'ana-404@example.es', 'Ana', { offers: ['fotografía de bodas'] }), 'en');
    const hidden = await createMember(t.server, 'hidden-404@example.es', 'Oculta', { offers: ['floristería'], visibility: 'private' });
    const blocker = await createMember(t.server, 'blocker-404@example.es', 'Bloquea', { offers: ['floristería'] });
    expect((await blocker.client.post('/api/blocks', { slug: ana.slug })).statusCode).toBe(204);

    for (const slug of [hidden.slug, blocker.slug, 'nobody-here']) {
      const problem = expectProblem(await ana.client.get(`/api/members/${slug}/collaboration-ideas`), 404, 'not-found');
      expect(problem.detail).toBe('That profile does not exist or is not visible to you.');
    }
    expectProblem(await blocker.client.get(`/api/members/${ana.slug}/collaboration-ideas`), 404);
    const self = expectProblem(await ana.client.get(`/api/members/${ana.slug}/collaboration-ideas`), 400, 'ideas-for-self');
    expect(self.title).toBe('Collaboration ideas are for two people');
    expectProblem(await t.client().get(`/api/members/${ana.slug}/collaboration-ideas`), 401);
  });
});
