import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../bench/synthetic-community.ts';
import { relationIndex } from '../indexes.ts';
import type { Feedback, MatchProfile } from '../ranking/types.ts';
import { syntheticMatchProfiles } from '../test-support/synthetic-profiles.ts';
import { MemberPool } from './member-pool.ts';
import { allMatches, topMatches, type MatchQuery } from './top-matches.ts';

const now = new Date('2026-11-27T10:00:00Z');
// Some members missed meetings (noShows only lowers points: the bound must still hold).
const community = syntheticMatchProfiles(20261127, 1500).map((profile, i) => (i % 7 === 0 ? { ...profile, noShows: i % 5 } : profile));
const pool = new MemberPool(relationIndex(), community.map((profile) => ({ profile })));
const ranking = (found: { ranked: { id: string; score: number }[] }) => found.ranked.map((r) => `${r.id}:${r.score}`);

/** A viewer's situation drawn at random: connections and blocks, feedback, mutual connections. */
function randomQuery(random: () => number, viewer: MatchProfile, k: number): MatchQuery {
  const someone = () => community[Math.floor(random() * community.length)]!.id;
  const feedback: Record<string, Feedback> = {};
  const kinds: Feedback[] = ['interested', 'not-relevant', 'competitor'];
  for (let i = 0; i < 15; i++) feedback[someone()] = kinds[i % 3]!;
  const mutualConnections = new Map(Array.from({ length: 20 }, () => [someone(), 1 + Math.floor(random() * 4)] as const));
  return {
    viewer, k, now, feedback, mutualConnections,
    excluded: new Set(Array.from({ length: 10 }, someone)),
    includeCompetitors: random() < 0.3,
  };
}

describe('topMatches', () => {
  it('finds exactly the ranking of scoring everyone, for any k and any viewer situation', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 120; i++) {
      const viewer = community[Math.floor(random() * community.length)]!;
      const query = randomQuery(random, viewer, [1, 3, 10, 40][i % 4]!);
      expect(ranking(topMatches(pool, query)), `viewer ${viewer.id}, k ${query.k}`).toEqual(ranking(allMatches(pool, query)));
    }
  });

  it('agrees for thin profiles too, where place and goals alone decide the top', () => {
    const thin: MatchProfile[] = [
      { ...community[0]!, id: 'thin-1', offerConcepts: [], needConcepts: [], businessTypes: [], goals: ['partners'] },
      { ...community[1]!, id: 'thin-2', offerConcepts: [community[1]!.offerConcepts[0]!], needConcepts: [], businessTypes: [] },
      { ...community[2]!, id: 'thin-3', offerConcepts: [], needConcepts: [], businessTypes: [], remote: true, goals: [] },
    ];
    for (const viewer of thin) {
      const query = { viewer, k: 10, excluded: new Set<string>(), now };
      expect(ranking(topMatches(pool, query))).toEqual(ranking(allMatches(pool, query)));
    }
  });

  it('scores a small share of the community to find a top 10', () => {
    let scored = 0;
    for (const viewer of community.slice(0, 100)) scored += topMatches(pool, { viewer, k: 10, excluded: new Set(), now }).scored;
    expect(scored / 100).toBeLessThan(community.length / 5);
  });

  it('never recommends the viewer, the excluded or the dismissed, nor someone without a language in common', () => {
    const viewer = community[5]!;
    const first = topMatches(pool, { viewer, k: 10, excluded: new Set(), now }).ranked.map((r) => r.id);
    const [excludedId, dismissedId] = first;
    const again = topMatches(pool, {
      viewer, k: 10, now, excluded: new Set([excludedId!]), feedback: { [dismissedId!]: 'not-relevant' },
    }).ranked.map((r) => r.id);
    expect(again).not.toContain(excludedId);
    expect(again).not.toContain(dismissedId);
    expect(again).not.toContain(viewer.id);
    const byId = new Map(community.map((p) => [p.id, p]));
    for (const id of again) {
      const other = byId.get(id)!;
      expect([other.locale, ...other.languages].some((l) => viewer.languages.includes(l) || l === viewer.locale)).toBe(true);
    }
  });
});

describe('MemberPool', () => {
  it('follows a member who changes: new lists in, old lists out, same answers after compaction', () => {
    const small = new MemberPool(relationIndex(), community.slice(0, 300).map((profile) => ({ profile })));
    const changed = { ...community[10]!, offerConcepts: ['wedding-photography'], needConcepts: ['floristry'] };
    small.upsert([{ profile: changed, version: '2' }]);
    expect(small.size).toBe(300);
    expect(small.version(changed.id)).toBe('2');
    const offering = (concept: string) => small.membersListing('offer', [concept]).map((m) => m.profile.id);
    expect(offering('wedding-photography')).toContain(changed.id);
    for (const concept of community[10]!.offerConcepts.filter((c) => c !== 'wedding-photography'))
      expect(offering(concept)).not.toContain(changed.id);

    const viewer = community[20]!;
    const before = ranking(topMatches(small, { viewer, k: 10, excluded: new Set(), now }));
    // Enough changes to make the pool rebuild its lists.
    for (let round = 0; round < 5; round++) small.upsert(community.slice(0, 300).filter((p) => p.id !== changed.id).map((profile) => ({ profile })));
    expect(ranking(topMatches(small, { viewer, k: 10, excluded: new Set(), now }))).toEqual(before);
    expect(small.slots).toBeLessThan(300 * 3);

    small.remove([changed.id]);
    expect(small.size).toBe(299);
    expect(offering('wedding-photography')).not.toContain(changed.id);
  });
});
