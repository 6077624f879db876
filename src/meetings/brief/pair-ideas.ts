import type { ConceptIndex } from '../../matching/concepts/concept-index.ts';
import { conceptsOfPhrase } from '../../matching/store/phrase-concepts.ts';

export interface PairSides {
  yourOffers: readonly string[];
  theirOffers: readonly string[];
  theirNeeds: readonly string[];
}

/** Your offer phrases that meet one of their needs (a concept in common), in your order. */
export function offersMeetingNeeds(index: ConceptIndex, pair: PairSides): string[] {
  const needed = new Set(pair.theirNeeds.flatMap((need) => conceptsOfPhrase(index, need, 'need')));
  return pair.yourOffers.filter((offer) => conceptsOfPhrase(index, offer, 'offer').some((id) => needed.has(id)));
}
