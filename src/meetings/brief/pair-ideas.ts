import type { Locale } from '../../i18n/locale.ts';
import type { ConceptIndex } from '../../matching/concepts/concept-index.ts';
import type { RelationIndex } from '../../matching/ranking/relation-index.ts';
import { conceptsOfPhrase } from '../../matching/store/phrase-concepts.ts';

export interface PairSides {
  yourOffers: readonly string[];
  theirOffers: readonly string[];
  theirNeeds: readonly string[];
}

const maxIdeas = 3;

/** Your offer phrases that meet one of their needs (a concept in common), in your order. */
export function offersMeetingNeeds(index: ConceptIndex, pair: PairSides): string[] {
  const needed = new Set(pair.theirNeeds.flatMap((need) => conceptsOfPhrase(index, need, 'need')));
  return pair.yourOffers.filter((offer) => conceptsOfPhrase(index, offer, 'offer').some((id) => needed.has(id)));
}

const ideaTexts: Record<Locale, { joint: (a: string, b: string) => string; sphere: (sphere: string) => string }> = {
  es: {
    joint: (a, b) => `Una oferta conjunta: ${a} + ${b} para los mismos clientes`,
    sphere: (sphere) => `Recomendaros clientes mutuamente: los dos trabajáis en ${sphere}`,
  },
  en: {
    joint: (a, b) => `A joint offer: ${a} + ${b} for the same clients`,
    sphere: (sphere) => `Refer clients to each other: you both work in ${sphere}`,
  },
};

/**
 * A few ideas for the pair from the taxonomy: offers that complement each other become a joint
 * offer; a contact sphere both offers belong to, mutual referrals. Empty when nothing connects them.
 */
export function collaborationIdeas(index: ConceptIndex, relations: RelationIndex, pair: PairSides, locale: Locale): string[] {
  const concepts = (phrases: readonly string[]) => [...new Set(phrases.flatMap((p) => conceptsOfPhrase(index, p, 'offer')))];
  const mine = concepts(pair.yourOffers);
  const theirs = concepts(pair.theirOffers);
  const label = (id: string) => relations.labels.concept(id, locale);
  const joint = mine.flatMap((a) => theirs.filter((b) => relations.complements.get(a)?.has(b)).map((b) => ideaTexts[locale].joint(label(a), label(b))));
  const theirSpheres = new Set(theirs.flatMap((id) => relations.spheres.get(id) ?? []));
  const shared = [...new Set(mine.flatMap((id) => relations.spheres.get(id) ?? []))].filter((sphere) => theirSpheres.has(sphere));
  const sphere = shared.map((id) => ideaTexts[locale].sphere(relations.labels.sphere(id, locale)));
  return [...new Set([...joint, ...sphere])].slice(0, maxIdeas);
}
