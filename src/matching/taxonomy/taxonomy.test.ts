import { describe, expect, it } from 'vitest';
import {
  CONCEPT_KINDS,
  RELATION_TYPES,
  SYMMETRIC_RELATION_TYPES,
  loadTaxonomy,
  type Concept,
} from './taxonomy.ts';

const taxonomy = loadTaxonomy();
const conceptIds = new Set(taxonomy.concepts.map((c) => c.id));
const sphereIds = new Set(taxonomy.spheres.map((s) => s.id));
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Lower-case, accents stripped (NFD), whitespace trimmed and collapsed. */
function normalize(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** Every way a concept can be written: labels, synonyms and profession names, both languages. */
function terms(concept: Concept): string[] {
  return [
    concept.label.es,
    concept.label.en,
    ...concept.synonyms.es,
    ...concept.synonyms.en,
    ...(concept.profession?.es ?? []),
    ...(concept.profession?.en ?? []),
  ];
}

describe('business concept taxonomy', () => {
  it('is big enough: ≥ 400 concepts, ≥ 25 spheres, ≥ 300 relations', () => {
    expect(taxonomy.concepts.length).toBeGreaterThanOrEqual(400);
    expect(taxonomy.spheres.length).toBeGreaterThanOrEqual(25);
    expect(taxonomy.relations.length).toBeGreaterThanOrEqual(300);
  });

  it('has unique kebab-case ids for concepts and spheres', () => {
    expect(duplicates(taxonomy.concepts.map((c) => c.id))).toEqual([]);
    expect(duplicates(taxonomy.spheres.map((s) => s.id))).toEqual([]);
    const badIds = [...conceptIds, ...sphereIds].filter((id) => !KEBAB.test(id));
    expect(badIds).toEqual([]);
  });

  it('labels every sphere in Spanish and English', () => {
    for (const sphere of taxonomy.spheres) {
      expect(sphere.label.es.trim(), sphere.id).not.toBe('');
      expect(sphere.label.en.trim(), sphere.id).not.toBe('');
    }
  });

  it('gives every concept a valid kind, both labels and one or two existing spheres', () => {
    for (const concept of taxonomy.concepts) {
      expect(CONCEPT_KINDS, concept.id).toContain(concept.kind);
      expect(concept.label.es.trim(), concept.id).not.toBe('');
      expect(concept.label.en.trim(), concept.id).not.toBe('');
      expect(concept.spheres.length, concept.id).toBeGreaterThanOrEqual(1);
      expect(concept.spheres.length, concept.id).toBeLessThanOrEqual(2);
      expect(duplicates([...concept.spheres]), concept.id).toEqual([]);
      for (const sphere of concept.spheres) expect(sphereIds.has(sphere), `${concept.id} → ${sphere}`).toBe(true);
    }
  });

  it('gives every concept synonyms in both languages, and no empty or padded term', () => {
    for (const concept of taxonomy.concepts) {
      expect(concept.synonyms.es.length, concept.id).toBeGreaterThan(0);
      expect(concept.synonyms.en.length, concept.id).toBeGreaterThan(0);
      for (const term of terms(concept)) {
        expect(term, concept.id).toBe(term.trim());
        expect(term.length, concept.id).toBeGreaterThan(0);
      }
    }
  });

  it('lists profession names among the synonyms, and none for customer types', () => {
    for (const concept of taxonomy.concepts) {
      if (!concept.profession) continue;
      expect(concept.kind, concept.id).not.toBe('customer');
      for (const locale of ['es', 'en'] as const) {
        expect(concept.profession[locale].length, `${concept.id} ${locale}`).toBeGreaterThan(0);
        const written = new Set([concept.label[locale], ...concept.synonyms[locale]].map(normalize));
        for (const name of concept.profession[locale]) expect(written.has(normalize(name)), `${concept.id}: ${name}`).toBe(true);
      }
    }
  });

  it('puts at least 5 concepts in every sphere', () => {
    const counts = new Map<string, number>();
    for (const concept of taxonomy.concepts) {
      for (const sphere of concept.spheres) counts.set(sphere, (counts.get(sphere) ?? 0) + 1);
    }
    const small = taxonomy.spheres.filter((s) => (counts.get(s.id) ?? 0) < 5).map((s) => s.id);
    expect(small).toEqual([]);
  });

  it('never shares a normalised synonym or label between two concepts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of taxonomy.concepts) {
      for (const term of new Set(terms(concept).map(normalize))) {
        const other = owner.get(term);
        if (other !== undefined && other !== concept.id) clashes.push(`"${term}": ${other} / ${concept.id}`);
        else owner.set(term, concept.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('relates existing concepts with a valid type, never to themselves', () => {
    for (const relation of taxonomy.relations) {
      const label = `${relation.from} ${relation.type} ${relation.to}`;
      expect(conceptIds.has(relation.from), label).toBe(true);
      expect(conceptIds.has(relation.to), label).toBe(true);
      expect(RELATION_TYPES, label).toContain(relation.type);
      expect(relation.from, label).not.toBe(relation.to);
    }
  });

  it('stores each relation once (symmetric types counted both ways), and one type per pair', () => {
    const keys = taxonomy.relations.map((r) =>
      SYMMETRIC_RELATION_TYPES.has(r.type) ? `${r.type}:${[r.from, r.to].sort().join('|')}` : `${r.type}:${r.from}>${r.to}`,
    );
    expect(duplicates(keys)).toEqual([]);
    // A pair is either complementary, competing, or supplier and client: never two of these at once.
    const typesByPair = new Map<string, Set<string>>();
    for (const r of taxonomy.relations) {
      const pair = [r.from, r.to].sort().join('|');
      typesByPair.set(pair, (typesByPair.get(pair) ?? new Set()).add(r.type));
    }
    const mixed = [...typesByPair].filter(([, types]) => types.size > 1).map(([pair, types]) => `${pair}: ${[...types].join('+')}`);
    expect(mixed).toEqual([]);
  });

  it('links every customer type from at least one service that supplies it', () => {
    const supplied = new Set(taxonomy.relations.filter((r) => r.type === 'supplies').map((r) => r.to));
    const orphans = taxonomy.concepts.filter((c) => c.kind === 'customer' && !supplied.has(c.id)).map((c) => c.id);
    expect(orphans).toEqual([]);
  });

  it('relates every concept to at least one other', () => {
    const related = new Set(taxonomy.relations.flatMap((r) => [r.from, r.to]));
    expect(taxonomy.concepts.filter((c) => !related.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('maps the same idea written in Spanish or English to one concept', () => {
    const byTerm = new Map<string, string>();
    for (const concept of taxonomy.concepts) for (const term of terms(concept)) byTerm.set(normalize(term), concept.id);
    const sameConcept: [string, string][] = [
      ['accountant', 'asesoría fiscal y contable'],
      ['contador', 'contable'],
      ['wedding planner', 'organizadora de bodas'],
      ['business angel', 'inversor'],
      ['importing Spanish wines', 'importador de vinos'],
      ['UK', 'Reino Unido'],
      ['SEO', 'posicionamiento web'],
      ['HR', 'RRHH'],
      ['recursos humanos', 'human resources'],
      ['fotógrafa de bodas', 'wedding photographer'],
      ['fotografos de boda', 'wedding photos'],
      ['parejas que se casan', 'couples getting married'],
      ['estate agent', 'agente inmobiliaria'],
      ['physio', 'fisioterapeuta'],
    ];
    for (const [a, b] of sameConcept) {
      const ca = byTerm.get(normalize(a));
      expect(ca, a).toBeDefined();
      expect(byTerm.get(normalize(b)), `${a} ↔ ${b}`).toBe(ca);
    }
  });

  it('has the relations the brief names', () => {
    const has = (from: string, to: string, type: string) =>
      taxonomy.relations.some(
        (r) => r.type === type && ((r.from === from && r.to === to) || (SYMMETRIC_RELATION_TYPES.has(r.type) && r.from === to && r.to === from)),
      );
    expect(has('wedding-photography', 'floristry', 'complements')).toBe(true);
    expect(has('printing', 'marketing-agency', 'supplies')).toBe(true);
    expect(has('accounting', 'tax-advice', 'competes')).toBe(true);
    expect(has('olive-oil', 'restaurants', 'supplies')).toBe(true);
    expect(has('winery', 'wine-import', 'supplies')).toBe(true);
    expect(has('catering', 'event-management', 'supplies')).toBe(true);
    expect(has('translation', 'exporters', 'supplies')).toBe(true);
    expect(has('it-support', 'smes', 'supplies')).toBe(true);
  });
});
