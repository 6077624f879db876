import { describe, expect, it } from 'vitest';
import { formatMemberLine, parseMemberLine } from '../../members/member-record.ts';
import { conceptIndex } from '../indexes.ts';
import { conceptsOfPhrase } from '../store/phrase-concepts.ts';
import { loadTaxonomy } from '../taxonomy/taxonomy.ts';
import { generateCommunity, mulberry32, syntheticMember, type SyntheticMember } from './synthetic-community.ts';

const taxonomy = loadTaxonomy();
const community = generateCommunity(7, 3000, taxonomy);
const share = (members: SyntheticMember[], test: (m: SyntheticMember) => boolean) => members.filter(test).length / members.length;

describe('synthetic benchmark community', () => {
  it('is deterministic for a seed, differs between seeds, and member i does not depend on the size', () => {
    expect(generateCommunity(7, 50, taxonomy)).toEqual(community.slice(0, 50));
    expect(syntheticMember(7, 2999, taxonomy)).toEqual(community[2999]);
    const other = generateCommunity(8, 50, taxonomy);
    expect(other.filter((m, i) => m.record.email === community[i]!.record.email).length).toBeLessThan(5);
    const draws = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 1000 }, random);
    };
    expect(draws(1)).toEqual(draws(1));
    expect(draws(1)).not.toEqual(draws(2));
    expect(draws(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('has the requested size, unique emails, and every line valid in the import format', () => {
    expect(generateCommunity(1, 0, taxonomy)).toEqual([]);
    expect(community).toHaveLength(3000);
    expect(new Set(community.map((m) => m.record.email)).size).toBe(3000);
    for (const member of community) {
      const parsed = parseMemberLine(formatMemberLine(member.record));
      expect(parsed.ok ? [] : parsed.reasons, member.record.email).toEqual([]);
    }
  });

  it('gives everyone 2–6 offers and needs, at least one goal, and a language the locale is in', () => {
    for (const { record, offerConcepts, needConcepts } of community) {
      expect(record.offers!.length).toBeGreaterThanOrEqual(2);
      expect(record.offers!.length).toBeLessThanOrEqual(6);
      expect(record.needs!.length).toBeGreaterThanOrEqual(2);
      expect(record.needs!.length).toBeLessThanOrEqual(6);
      expect(record.offers).toHaveLength(offerConcepts.length);
      expect(record.needs).toHaveLength(needConcepts.length);
      expect(needConcepts.filter((id) => offerConcepts.includes(id))).toEqual([]);
      expect(record.goals!.length).toBeGreaterThan(0);
      expect(record.languages).toContain(record.locale);
    }
  });

  it('follows the intended distributions', () => {
    const spanish = share(community, (m) => m.record.locale === 'es');
    expect(spanish).toBeGreaterThan(0.66);
    expect(spanish).toBeLessThan(0.74);
    expect(share(community, (m) => m.record.languages!.length === 2)).toBeGreaterThan(0.3);
    const remote = share(community, (m) => m.record.remote === true);
    expect(remote).toBeGreaterThan(0.12);
    expect(remote).toBeLessThan(0.18);
    expect(share(community, (m) => m.visibility === 'members')).toBeGreaterThan(0.8);
    expect(share(community, (m) => m.spheres.length === 2)).toBeGreaterThan(0.2);

    // Zipf-like: the most popular sphere is far more common than the least, and big cities lead.
    const count = (key: (m: SyntheticMember) => string) => {
      const counts = new Map<string, number>();
      for (const m of community) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
      return [...counts.values()].sort((a, b) => b - a);
    };
    const spheres = count((m) => m.spheres[0]!);
    expect(spheres.length).toBeGreaterThan(20);
    expect(spheres[0]!).toBeGreaterThan(5 * spheres.at(-1)!);
    expect(spheres[0]! / community.length).toBeLessThan(0.3);
    const madrid = share(community, (m) => m.record.city === 'Madrid');
    const bilbao = share(community, (m) => m.record.city === 'Bilbao');
    expect(madrid).toBeGreaterThan(3 * bilbao);
    expect(bilbao).toBeGreaterThan(0);
  });

  it('writes phrases matching reads back as the concepts they were drawn from, mostly', () => {
    const index = conceptIndex();
    let found = 0;
    let total = 0;
    for (const { record, offerConcepts, needConcepts } of community.slice(0, 300)) {
      const sides = [[record.offers!, offerConcepts], [record.needs!, needConcepts]] as const;
      for (const [phrases, concepts] of sides)
        phrases.forEach((phrase, i) => {
          total++;
          if (conceptsOfPhrase(index, phrase).includes(concepts[i]!)) found++;
        });
    }
    // Light noise (accents dropped, a few typos) is part of the point; most phrases still map.
    expect(found / total).toBeGreaterThan(0.9);
  });
});
