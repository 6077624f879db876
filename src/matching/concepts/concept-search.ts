import { foldText } from '../text/normalize.ts';
import { mapPhrase, type ConceptIndex } from './concept-index.ts';

const foldedTerms = new WeakMap<ConceptIndex, string[]>();

/** How well a folded term answers a folded query: whole term, its start, a word's start, anywhere. */
function termScore(term: string, query: string): number {
  if (term === query) return 4;
  if (term.startsWith(query)) return 3;
  if (term.includes(` ${query}`)) return 2;
  return term.includes(query) ? 1 : 0;
}

/**
 * Concepts for a picker, best first: those with a label, synonym or profession name containing
 * what was typed (accents and case ignored), then those concept mapping finds despite typos.
 */
export function searchConcepts(index: ConceptIndex, query: string, limit: number): string[] {
  const folded = foldText(query);
  if (!folded) return [];
  let terms = foldedTerms.get(index);
  if (!terms) foldedTerms.set(index, (terms = index.terms.map((term) => foldText(term.text))));

  const best = new Map<string, { score: number; length: number }>();
  index.terms.forEach(({ conceptId }, i) => {
    const term = terms[i]!;
    const score = termScore(term, folded);
    const current = best.get(conceptId);
    if (score && (!current || score > current.score || (score === current.score && term.length < current.length)))
      best.set(conceptId, { score, length: term.length });
  });
  const found = [...best]
    .sort(([a, x], [b, y]) => y.score - x.score || x.length - y.length || (a < b ? -1 : 1))
    .map(([id]) => id);
  const mapped = mapPhrase(index, query).map((match) => match.conceptId).filter((id) => !best.has(id));
  return [...found, ...mapped].slice(0, limit);
}
