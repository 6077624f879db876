import { mapPhrase, type ConceptIndex } from './concept-index.ts';

/** What a member wrote about their business. */
export interface ProfileText {
  offers: readonly string[];
  needs: readonly string[];
  sector?: string;
}

/** The concept lists ranking reads (see MatchProfile), most important first. */
export interface ProfileConcepts {
  offerConcepts: string[];
  needConcepts: string[];
  businessTypes: string[];
}

/**
 * Maps a member's offers, needs and sector to concepts the way ranking expects them:
 * - offers: what they sell; customer types they are for ("contabilidad para pymes") say whom they serve;
 *   a customer type that is the subject ("restaurantes de cocina española") says what the business is;
 *   other things they are for ("software para fisioterapeutas") are not offers;
 * - needs: what the phrase is about ("fotógrafa para el portfolio"), not whom it is for
 *   ("wedding planners que recomienden fotógrafa");
 * - sector: what the business is, and what it sells when the offers say nothing more.
 */
export function profileConcepts(index: ConceptIndex, { offers, needs, sector }: ProfileText): ProfileConcepts {
  const offerConcepts = new Set<string>();
  const needConcepts = new Set<string>();
  const businessTypes = new Set<string>();
  const isCustomer = (id: string) => index.kinds.get(id) === 'customer';

  for (const phrase of offers)
    for (const match of mapPhrase(index, phrase)) {
      if (isCustomer(match.conceptId)) (match.role === 'subject' ? businessTypes : offerConcepts).add(match.conceptId);
      else if (match.role === 'subject') offerConcepts.add(match.conceptId);
    }
  for (const phrase of needs)
    for (const match of mapPhrase(index, phrase))
      if (match.role === 'subject') needConcepts.add(match.conceptId);
  for (const match of sector ? mapPhrase(index, sector) : [])
    if (match.role === 'subject') (isCustomer(match.conceptId) ? businessTypes : offerConcepts).add(match.conceptId);

  return { offerConcepts: [...offerConcepts], needConcepts: [...needConcepts], businessTypes: [...businessTypes] };
}
