import { symmetricDraft, type IdeaDraft } from '../draft.ts';
import type { PairLinks } from '../pair-links.ts';
import { servingPair, specialities, spherePair } from '../pair-queries.ts';

/**
 * Passing clients on, the strongest reason first: the same trade elsewhere (overflow work), trades
 * that complement each other, a customer type both serve, a sphere both work in. Direct competitors
 * only pass on the jobs of the other's speciality.
 */
export function mutualReferral(links: PairLinks): IdeaDraft | undefined {
  const base = { format: 'mutualReferral' } as const;
  const [same] = links.sameTrades;
  if (same && links.apart) return symmetricDraft({ ...base, text: 'referralOverflow', fit: 0.7 }, 'overflow', ...same);
  if (links.competitors) {
    const own = specialities(links);
    return own && symmetricDraft({ ...base, text: 'referralSpeciality', fit: 0.55 }, 'referral', ...own);
  }
  const [complement] = links.complements;
  if (complement) return symmetricDraft({ ...base, text: 'referralComplement', fit: 0.7 }, 'referral', ...complement);
  const served = servingPair(links);
  if (served)
    return symmetricDraft({ ...base, text: 'referralCustomer', customer: served.customer, fit: 0.6 }, 'referral', ...served.trades);
  const inSphere = spherePair(links);
  return inSphere && symmetricDraft({ ...base, text: 'referralSphere', sphere: inSphere.sphere, fit: 0.5 }, 'referral', ...inSphere.trades);
}
