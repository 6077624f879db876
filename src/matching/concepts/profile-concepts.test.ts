import { describe, expect, it } from 'vitest';
import { smallTaxonomy } from '../test-support/small-taxonomy.ts';
import { buildConceptIndex } from './concept-index.ts';
import { profileConcepts } from './profile-concepts.ts';

const index = buildConceptIndex(smallTaxonomy);

describe('profileConcepts', () => {
  it('takes what offers are about as offers, and customer types they are for as clients served', () => {
    const concepts = profileConcepts(index, { offers: ['contabilidad para pymes', 'asesoría fiscal'], needs: [] });
    expect(concepts.offerConcepts).toEqual(['accounting', 'small-businesses', 'tax-advice']);
    expect(concepts.businessTypes).toEqual([]);
  });

  it('drops trades an offer is only for, and reads a customer type it is about as what the business is', () => {
    const concepts = profileConcepts(index, { offers: ['software para fincas de bodas', 'startups de impacto'], needs: [] });
    expect(concepts.offerConcepts).toEqual([]);
    expect(concepts.businessTypes).toEqual(['startups']);
  });

  it('takes what needs are about, not whom they are for', () => {
    const concepts = profileConcepts(index, {
      offers: [],
      needs: ['fincas para bodas que recomienden fotógrafa', 'parejas que se casan', 'an accountant'],
    });
    expect(concepts.needConcepts).toEqual(['wedding-venue', 'couples-getting-married', 'accounting']);
  });

  it('adds what the sector names, after the offers', () => {
    const concepts = profileConcepts(index, { offers: ['decoración floral'], needs: [], sector: 'Fotografía de bodas' });
    expect(concepts.offerConcepts).toEqual(['floristry', 'wedding-photography']);
    expect(profileConcepts(index, { offers: [], needs: [], sector: 'Startups' }).businessTypes).toEqual(['startups']);
  });

  it('ignores weak and unknown phrases', () => {
    expect(profileConcepts(index, { offers: ['bodas', 'clases de yoga'], needs: ['¿?'] }))
      .toEqual({ offerConcepts: [], needConcepts: [], businessTypes: [] });
  });
});
