import { symmetricDraft, type IdeaDraft } from '../draft.ts';
import type { PairLinks } from '../pair-links.ts';
import { customerOfBoth, mutualNeeds } from '../pair-queries.ts';

/**
 * Complementary trades become one offer, named for the customers both serve when there are some
 * (photographer + florist → a wedding package for couples). Failing that, two who each need what
 * the other does can bid for projects together.
 */
export function jointOffer(links: PairLinks): IdeaDraft | undefined {
  const withCustomer = links.complements
    .map(([a, b]) => ({ a, b, customer: customerOfBoth(links, a, b) }))
    .find((pair) => pair.customer);
  const complement = withCustomer ?? (links.complements[0] && { a: links.complements[0][0], b: links.complements[0][1] });
  if (complement) {
    const { a, b } = complement;
    const customer = withCustomer?.customer;
    return symmetricDraft({ format: 'jointOffer', text: 'jointOffer', customer, fit: customer ? 0.85 : 0.75 }, 'jointOffer', a, b);
  }
  const needs = mutualNeeds(links);
  return needs && symmetricDraft({ format: 'jointOffer', text: 'jointProject', fit: 0.6 }, 'jointOffer', ...needs);
}
