import { mapPhrase, type ConceptIndex } from '../concepts/concept-index.ts';
import type { ConceptSide } from './tables.ts';

/** A member's own reading of a phrase, which replaces the automatic one. */
export type Corrections = ReadonlyMap<string, readonly string[]>;

export const correctionKey = (side: ConceptSide, phrase: string) => `${side}\u0000${phrase}`;

/**
 * The concepts a phrase names (mapPhrase keeps only confident readings), read for its side. A need —
 * or a search — is what the phrase is about, not whom it is for ("fincas para bodas que recomienden
 * fotógrafa" needs a venue). An offer is what it is about, and the kinds of client it is for
 * ("contabilidad para pymes" serves SMEs), but not other trades it is for ("software para
 * fisioterapeutas" is not physiotherapy).
 */
export function conceptsOfPhrase(index: ConceptIndex, phrase: string, side: ConceptSide = 'need'): string[] {
  return mapPhrase(index, phrase)
    .filter((m) => m.role === 'subject' || (side === 'offer' && index.kinds.get(m.conceptId) === 'customer'))
    .map((m) => m.conceptId);
}

/** Each phrase with its concepts, the member's corrections taking precedence. */
export function phrasesWithConcepts(
  index: ConceptIndex,
  side: ConceptSide,
  phrases: readonly string[],
  corrections: Corrections,
): { phrase: string; conceptIds: string[] }[] {
  return phrases.map((phrase) => ({
    phrase,
    conceptIds: [...(corrections.get(correctionKey(side, phrase)) ?? conceptsOfPhrase(index, phrase, side))],
  }));
}

/** The concepts of a list of phrases, each once, in the member's order (first phrase first). */
export function conceptsOfPhrases(
  index: ConceptIndex,
  side: ConceptSide,
  phrases: readonly string[],
  corrections: Corrections,
): string[] {
  return [...new Set(phrasesWithConcepts(index, side, phrases, corrections).flatMap((p) => p.conceptIds))];
}
