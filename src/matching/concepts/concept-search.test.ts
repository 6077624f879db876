import { describe, expect, it } from 'vitest';
import { smallTaxonomy } from '../test-support/small-taxonomy.ts';
import { buildConceptIndex } from './concept-index.ts';
import { searchConcepts } from './concept-search.ts';

const index = buildConceptIndex(smallTaxonomy);

describe('searchConcepts', () => {
  it('finds concepts by the start of any of their names, accents and case ignored', () => {
    expect(searchConcepts(index, 'FOTO', 10)).toEqual(['photography', 'wedding-photography']);
    expect(searchConcepts(index, 'asesoria', 10)).toEqual(['tax-advice', 'accounting']);
  });

  it('puts a whole-name match first, then names that start with the text, then words inside names', () => {
    expect(searchConcepts(index, 'catering', 10)[0]).toBe('catering');
    expect(searchConcepts(index, 'bodas', 10)).toEqual(['wedding-venue', 'wedding-photography']);
  });

  it('falls back on concept mapping for typos, and honours the limit', () => {
    expect(searchConcepts(index, 'fotogrfía de bodas', 10)).toEqual(['wedding-photography']);
    expect(searchConcepts(index, 'a', 3)).toHaveLength(3);
  });

  it('finds nothing for empty or unknown text', () => {
    expect(searchConcepts(index, '  ¿? ', 10)).toEqual([]);
    expect(searchConcepts(index, 'yoga', 10)).toEqual([]);
  });
});
