import { symmetricDraft, type IdeaDraft } from '../draft.ts';
import type { PairLinks } from '../pair-links.ts';
import { servingPair, spherePair } from '../pair-queries.ts';
import type { CoMarketingKind } from '../types.ts';

// The channel that suits an audience: talks for businesses, hands-on sessions for people's
// bodies, homes, food and leisure, posts for visual and digital trades; a newsletter otherwise.
const kindBySphere: Readonly<Record<string, CoMarketingKind>> = {
  'business-services': 'jointWebinar', legal: 'jointWebinar', 'finance-insurance': 'jointWebinar',
  'technology-software': 'jointWebinar', 'hr-talent': 'jointWebinar', 'startups-entrepreneurship': 'jointWebinar',
  'public-sector-consulting': 'jointWebinar', 'international-trade': 'jointWebinar', 'energy-sustainability': 'jointWebinar',
  'manufacturing-industry': 'jointWebinar', 'logistics-transport': 'jointWebinar', 'training-education': 'jointWebinar',
  'health-wellness': 'workshop', 'sports-fitness': 'workshop', 'beauty-personal-care': 'workshop',
  'agrifood-wine': 'workshop', 'hospitality-tourism': 'workshop', 'culture-leisure': 'workshop', pets: 'workshop',
  'senior-childcare': 'workshop',
  'digital-marketing-web': 'contentSwap', 'creative-design': 'contentSwap', 'weddings-events': 'contentSwap',
  'retail-fashion': 'contentSwap',
};

/** Reaching each other's audience: a customer type both serve, or failing that a sphere both work in. */
export function coMarketing(links: PairLinks): IdeaDraft | undefined {
  const kindOf = (sphere: string | undefined) => (sphere && kindBySphere[sphere]) || 'sharedNewsletter';
  const served = servingPair(links);
  if (served) {
    const kind = kindOf(links.context.spheres.get(served.customer)?.[0]);
    return symmetricDraft({ format: 'coMarketing', kind, text: kind, customer: served.customer, fit: 0.55 }, 'coMarketing', ...served.trades);
  }
  const inSphere = spherePair(links);
  if (!inSphere) return undefined;
  const kind = kindOf(inSphere.sphere);
  return symmetricDraft({ format: 'coMarketing', kind, text: kind, sphere: inSphere.sphere, fit: 0.45 }, 'coMarketing', ...inSphere.trades);
}
