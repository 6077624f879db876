import { fieldProblems, type FieldProblem } from '../../http/problem.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ConceptIndex } from '../concepts/concept-index.ts';
import type { AddedSynonym } from '../taxonomy/merge.ts';
import type { Concept, ConceptKind, LocalizedText, Taxonomy, TaxonomyLocale } from '../taxonomy/taxonomy.ts';
import { foldText, stemText } from '../text/normalize.ts';
import { toRelation, type ConceptRelation } from './relation-choice.ts';
import type { NewConcept } from './store.ts';

export interface SynonymInput {
  conceptId: string;
  locale: TaxonomyLocale;
  term: string;
}

export interface ConceptInput {
  kind: ConceptKind;
  label: LocalizedText;
  synonyms?: Partial<Record<TaxonomyLocale, string[]>>;
  spheres?: string[];
  relations?: ConceptRelation[];
}

/** The taxonomy (shipped and added) that additions are checked against. */
export interface Vocabulary {
  concepts: ReadonlyMap<string, Concept>;
  spheres: ReadonlySet<string>;
  /** A term's stems → the concept it names. Terms that stem alike are one term to concept mapping. */
  owners: ReadonlyMap<string, string>;
}

export function vocabularyOf(taxonomy: Taxonomy, index: ConceptIndex): Vocabulary {
  const owners = new Map<string, string>();
  for (const term of index.terms) {
    const key = term.stems.join(' ');
    if (!owners.has(key)) owners.set(key, term.conceptId);
  }
  return {
    concepts: new Map(taxonomy.concepts.map((concept) => [concept.id, concept])),
    spheres: new Set(taxonomy.spheres.map((sphere) => sphere.id)),
    owners,
  };
}

const maxIdLength = 80;

/** The id of a new concept, from its English label: "Kombucha brewing" → "kombucha-brewing". */
export const conceptIdFrom = (englishLabel: string) =>
  foldText(englishLabel).replaceAll(' ', '-').slice(0, maxIdLength).replace(/-+$/, '');

const termKey = (term: string) => stemText(term).join(' ');

/**
 * A term as it will be stored (trimmed, single spaces) and its key, or undefined after reporting
 * why it cannot be added: empty, only stop words, or already the name of a concept (this one or another).
 */
function checkTerm(
  vocabulary: Vocabulary,
  issues: FieldProblem[],
  locale: Locale,
  field: string,
  text: string,
  conceptId?: string,
): { term: string; key: string } | undefined {
  const term = text.trim().replace(/\s+/g, ' ');
  const key = termKey(term);
  const owner = vocabulary.owners.get(key);
  if (!term) issues.push({ field, key: 'validation.notEmpty' });
  else if (!key) issues.push({ field, key: 'validation.termWithoutWords' });
  else if (owner === conceptId && owner !== undefined) issues.push({ field, key: 'validation.termNamesConcept' });
  else if (owner !== undefined)
    issues.push({ field, key: 'validation.termNamesOtherConcept', params: { label: vocabulary.concepts.get(owner)?.label[locale] ?? owner } });
  else return { term, key };
  return undefined;
}

function throwIfAny(issues: FieldProblem[]): void {
  if (issues.length) throw fieldProblems(issues);
}

/** A synonym an administrator wants to add, checked; a ProblemError lists every bad field. */
export function validateSynonym(vocabulary: Vocabulary, input: SynonymInput, locale: Locale): AddedSynonym {
  const issues: FieldProblem[] = [];
  if (!vocabulary.concepts.has(input.conceptId))
    issues.push({ field: 'conceptId', key: 'validation.unknownConcept', params: { id: input.conceptId } });
  const checked = checkTerm(vocabulary, issues, locale, 'term', input.term, input.conceptId);
  throwIfAny(issues);
  return { conceptId: input.conceptId, locale: input.locale, term: checked!.term };
}

/**
 * A concept an administrator wants to add, checked, with its id; a ProblemError lists every bad
 * field. Synonyms that repeat the labels or each other are dropped.
 */
export function validateConcept(vocabulary: Vocabulary, input: ConceptInput, locale: Locale): NewConcept {
  const issues: FieldProblem[] = [];
  const es = checkTerm(vocabulary, issues, locale, 'label/es', input.label.es);
  const en = checkTerm(vocabulary, issues, locale, 'label/en', input.label.en);
  const id = en ? conceptIdFrom(en.term) : '';
  if (en && vocabulary.concepts.has(id)) issues.push({ field: 'label/en', key: 'validation.conceptIdTaken', params: { id } });

  const seen = new Set([es?.key, en?.key]);
  const synonyms: AddedSynonym[] = [];
  for (const synonymLocale of ['es', 'en'] as const)
    (input.synonyms?.[synonymLocale] ?? []).forEach((text, i) => {
      const checked = checkTerm(vocabulary, issues, locale, `synonyms/${synonymLocale}/${i}`, text);
      if (!checked || seen.has(checked.key)) return;
      seen.add(checked.key);
      synonyms.push({ conceptId: id, locale: synonymLocale, term: checked.term });
    });

  const spheres = input.spheres ?? [];
  spheres.forEach((sphere, i) => {
    if (!vocabulary.spheres.has(sphere)) issues.push({ field: `spheres/${i}`, key: 'validation.unknownSphere', params: { id: sphere } });
  });

  const related = new Set<string>();
  const relations = input.relations ?? [];
  relations.forEach(({ conceptId }, i) => {
    const field = `relations/${i}/conceptId`;
    if (!vocabulary.concepts.has(conceptId)) issues.push({ field, key: 'validation.unknownConcept', params: { id: conceptId } });
    else if (related.has(conceptId)) issues.push({ field, key: 'validation.repeatedRelation' });
    related.add(conceptId);
  });

  throwIfAny(issues);
  return {
    concept: { id, kind: input.kind, spheres, label: { es: es!.term, en: en!.term }, synonyms: { es: [], en: [] } },
    synonyms,
    relations: relations.map((relation) => toRelation(id, relation)),
  };
}
