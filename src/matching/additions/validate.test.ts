import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../http/problem.ts';
import { buildConceptIndex } from '../concepts/concept-index.ts';
import { smallTaxonomy } from '../test-support/small-taxonomy.ts';
import { conceptIdFrom, validateConcept, validateSynonym, vocabularyOf, type ConceptInput } from './validate.ts';

const vocabulary = vocabularyOf(smallTaxonomy, buildConceptIndex(smallTaxonomy));

/** The field errors of a rejected input, as `{ field: [key, params] }`. */
function rejection(check: () => unknown) {
  try {
    check();
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return Object.fromEntries(error.fieldErrors.map((e) => [e.field, e.params ? [e.key, e.params] : [e.key]]));
  }
  throw new Error('expected a rejection');
}

const kombucha: ConceptInput = { kind: 'product', label: { es: ' Kombucha ', en: 'Kombucha  brewing' } };

describe('validateSynonym', () => {
  it('accepts a new term for a known concept, tidied', () => {
    expect(validateSynonym(vocabulary, { conceptId: 'floristry', locale: 'es', term: '  arte   floral ' }, 'es')).toEqual({
      conceptId: 'floristry', locale: 'es', term: 'arte floral',
    });
  });

  it('refuses unknown concepts, blank terms and terms of stop words only', () => {
    expect(rejection(() => validateSynonym(vocabulary, { conceptId: 'yoga', locale: 'es', term: ' ' }, 'es'))).toEqual({
      conceptId: ['validation.unknownConcept', { id: 'yoga' }],
      term: ['validation.notEmpty'],
    });
    expect(rejection(() => validateSynonym(vocabulary, { conceptId: 'floristry', locale: 'en', term: 'for the' }, 'en'))).toEqual({
      term: ['validation.termWithoutWords'],
    });
  });

  it('refuses a term the concept already has in any form, or that names another concept (labelled in the caller’s language)', () => {
    expect(rejection(() => validateSynonym(vocabulary, { conceptId: 'floristry', locale: 'es', term: 'Floristas' }, 'es'))).toEqual({
      term: ['validation.termNamesConcept'],
    });
    expect(rejection(() => validateSynonym(vocabulary, { conceptId: 'floristry', locale: 'en', term: 'catering' }, 'en'))).toEqual({
      term: ['validation.termNamesOtherConcept', { label: 'Catering' }],
    });
    expect(rejection(() => validateSynonym(vocabulary, { conceptId: 'floristry', locale: 'es', term: 'hipotecas' }, 'es'))).toEqual({
      term: ['validation.termNamesOtherConcept', { label: 'Intermediación hipotecaria' }],
    });
  });
});

describe('validateConcept', () => {
  it('names the concept after its English label and turns relations into taxonomy relations', () => {
    const added = validateConcept(
      vocabulary,
      {
        ...kombucha,
        synonyms: { es: ['té fermentado', 'Kombuchas', 'te  fermentado'], en: ['fermented tea'] },
        spheres: ['agrifood-wine'],
        relations: [
          { type: 'supplies', conceptId: 'catering' },
          { type: 'supplied-by', conceptId: 'winery' },
          { type: 'competes', conceptId: 'wine-import' },
        ],
      },
      'es',
    );
    expect(added.concept).toEqual({
      id: 'kombucha-brewing', kind: 'product', spheres: ['agrifood-wine'],
      label: { es: 'Kombucha', en: 'Kombucha brewing' }, synonyms: { es: [], en: [] },
    });
    // Repeats of a label or of each other (once stemmed) are dropped.
    expect(added.synonyms).toEqual([
      { conceptId: 'kombucha-brewing', locale: 'es', term: 'té fermentado' },
      { conceptId: 'kombucha-brewing', locale: 'en', term: 'fermented tea' },
    ]);
    expect(added.relations).toEqual([
      { from: 'kombucha-brewing', to: 'catering', type: 'supplies' },
      { from: 'winery', to: 'kombucha-brewing', type: 'supplies' },
      { from: 'kombucha-brewing', to: 'wine-import', type: 'competes' },
    ]);
  });

  it('reports every bad field at once', () => {
    expect(
      rejection(() =>
        validateConcept(
          vocabulary,
          {
            kind: 'service',
            label: { es: 'Contable', en: 'the' },
            synonyms: { en: ['florist'] },
            spheres: ['space'],
            relations: [
              { type: 'complements', conceptId: 'catering' },
              { type: 'competes', conceptId: 'catering' },
              { type: 'complements', conceptId: 'nothing' },
            ],
          },
          'en',
        ),
      ),
    ).toEqual({
      'label/es': ['validation.termNamesOtherConcept', { label: 'Accounting' }],
      'label/en': ['validation.termWithoutWords'],
      'synonyms/en/0': ['validation.termNamesOtherConcept', { label: 'Floristry' }],
      'spheres/0': ['validation.unknownSphere', { id: 'space' }],
      'relations/1/conceptId': ['validation.repeatedRelation'],
      'relations/2/conceptId': ['validation.unknownConcept', { id: 'nothing' }],
    });
  });

  it('refuses an id that an existing concept has', () => {
    const clash = vocabularyOf(
      { ...smallTaxonomy, concepts: [...smallTaxonomy.concepts, { ...smallTaxonomy.concepts[0]!, id: 'kombucha-brewing', label: { es: 'x', en: 'y' }, synonyms: { es: [], en: [] } }] },
      buildConceptIndex(smallTaxonomy),
    );
    expect(rejection(() => validateConcept(clash, kombucha, 'es'))).toEqual({
      'label/en': ['validation.conceptIdTaken', { id: 'kombucha-brewing' }],
    });
  });
});

describe('conceptIdFrom', () => {
  it('makes a kebab-case id of at most 80 characters', () => {
    expect(conceptIdFrom('Café & Té: barista training!')).toBe('cafe-te-barista-training');
    expect(conceptIdFrom(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
  });
});
