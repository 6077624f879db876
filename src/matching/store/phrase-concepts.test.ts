import { describe, expect, it } from 'vitest';
import { buildConceptIndex } from '../concepts/concept-index.ts';
import { smallTaxonomy } from '../test-support/small-taxonomy.ts';
import { conceptsOfPhrase, conceptsOfPhrases, correctionKey } from './phrase-concepts.ts';

const index = buildConceptIndex(smallTaxonomy);
const none = new Map<string, string[]>();

describe('conceptsOfPhrase', () => {
  it('reads an offer as what it is about, with the kinds of client it is for', () => {
    expect(conceptsOfPhrase(index, 'contabilidad para pymes', 'offer')).toEqual(['accounting', 'small-businesses']);
  });

  it('does not take a trade an offer is only for as offered', () => {
    expect(conceptsOfPhrase(index, 'software para fincas de bodas', 'offer')).toEqual([]);
  });

  it('reads a need, or a search, as what it is about, not whom it is for', () => {
    expect(conceptsOfPhrase(index, 'fincas para bodas que recomienden fotógrafa', 'need')).toEqual(['wedding-venue']);
    expect(conceptsOfPhrase(index, 'contabilidad para pymes')).toEqual(['accounting']);
  });

  it('ignores weak and unknown phrases', () => {
    expect(conceptsOfPhrases(index, 'offer', ['bodas', 'clases de yoga', '¿?'], none)).toEqual([]);
  });

  it('keeps the member order, each concept once, and lets a correction replace the reading', () => {
    const phrases = ['asesoría fiscal', 'contabilidad para pymes', 'contabilidad'];
    expect(conceptsOfPhrases(index, 'offer', phrases, none)).toEqual(['tax-advice', 'accounting', 'small-businesses']);
    const corrected = new Map([[correctionKey('offer', 'asesoría fiscal'), ['accounting']]]);
    expect(conceptsOfPhrases(index, 'offer', phrases, corrected)).toEqual(['accounting', 'small-businesses']);
  });
});
