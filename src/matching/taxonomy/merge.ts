import type { Concept, Relation, Taxonomy, TaxonomyLocale } from './taxonomy.ts';

export interface AddedSynonym {
  conceptId: string;
  locale: TaxonomyLocale;
  term: string;
}

/** What administrators added to the shipped taxonomy: new concepts, synonyms of any concept, relations. */
export interface TaxonomyAdditions {
  readonly concepts: readonly Concept[];
  readonly synonyms: readonly AddedSynonym[];
  readonly relations: readonly Relation[];
}

export const noAdditions: TaxonomyAdditions = { concepts: [], synonyms: [], relations: [] };

/** The shipped taxonomy with the additions: new concepts after the shipped ones, synonyms after a concept's own. */
export function mergeTaxonomy(shipped: Taxonomy, additions: TaxonomyAdditions): Taxonomy {
  const { concepts, synonyms, relations } = additions;
  if (!concepts.length && !synonyms.length && !relations.length) return shipped;
  const added = new Map<string, Record<TaxonomyLocale, string[]>>();
  for (const { conceptId, locale, term } of synonyms) {
    const terms = added.get(conceptId) ?? { es: [], en: [] };
    terms[locale].push(term);
    added.set(conceptId, terms);
  }
  const withAddedSynonyms = (concept: Concept): Concept => {
    const terms = added.get(concept.id);
    if (!terms) return concept;
    return {
      ...concept,
      synonyms: { es: [...concept.synonyms.es, ...terms.es], en: [...concept.synonyms.en, ...terms.en] },
    };
  };
  return {
    spheres: shipped.spheres,
    concepts: [...shipped.concepts, ...concepts].map(withAddedSynonyms),
    relations: [...shipped.relations, ...relations],
  };
}
