import { describe, expect, it } from 'vitest';
import { smallTaxonomy } from '../test-support/small-taxonomy.ts';
import { mergeTaxonomy, noAdditions } from './merge.ts';

const kombucha = {
  id: 'kombucha', kind: 'product' as const, spheres: ['agrifood-wine'],
  label: { es: 'Kombucha', en: 'Kombucha' }, synonyms: { es: [], en: [] },
};

describe('mergeTaxonomy', () => {
  it('returns the shipped taxonomy itself when nothing was added', () => {
    expect(mergeTaxonomy(smallTaxonomy, noAdditions)).toBe(smallTaxonomy);
  });

  it('appends added concepts and relations, and added synonyms after a concept’s own', () => {
    const merged = mergeTaxonomy(smallTaxonomy, {
      concepts: [kombucha],
      synonyms: [
        { conceptId: 'floristry', locale: 'es', term: 'arte floral' },
        { conceptId: 'kombucha', locale: 'en', term: 'fermented tea' },
        { conceptId: 'no-such-concept', locale: 'es', term: 'nada' },
      ],
      relations: [{ from: 'kombucha', to: 'catering', type: 'supplies' }],
    });
    expect(merged.spheres).toBe(smallTaxonomy.spheres);
    expect(merged.concepts.map((c) => c.id)).toEqual([...smallTaxonomy.concepts.map((c) => c.id), 'kombucha']);
    expect(merged.concepts.find((c) => c.id === 'floristry')!.synonyms.es).toEqual([
      'florista', 'decoración floral', 'flores', 'arte floral',
    ]);
    expect(merged.concepts.at(-1)!.synonyms).toEqual({ es: [], en: ['fermented tea'] });
    expect(merged.relations.at(-1)).toEqual({ from: 'kombucha', to: 'catering', type: 'supplies' });
    expect(merged.relations).toHaveLength(smallTaxonomy.relations.length + 1);
  });

  it('leaves the shipped taxonomy untouched', () => {
    const before = JSON.stringify(smallTaxonomy);
    mergeTaxonomy(smallTaxonomy, { concepts: [], synonyms: [{ conceptId: 'catering', locale: 'es', term: 'cáterin' }], relations: [] });
    expect(JSON.stringify(smallTaxonomy)).toBe(before);
  });
});
