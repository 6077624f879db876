import { symmetricDraft, type IdeaDraft } from '../draft.ts';
import type { PairLinks } from '../pair-links.ts';
import { forSides, otherSide, type SideKey } from '../types.ts';

interface Subcontract {
  /** The provider's trade the contractor hands over. */
  provided: string;
  /** The contractor's trade whose work includes it. */
  into: string;
  fit: number;
}

/**
 * A service the contractor's own work includes, from the other side: one it says it needs and that
 * belongs with one of its trades (a typical supplier of it, or a trade of the same sphere that is not
 * a complement: complements are sold side by side, not inside each other's work), or failing that
 * one the taxonomy names a typical supplier of its trade (copywriting for a marketing agency).
 * Products are sold, not subcontracted: see distribution.
 */
function subcontractFor(links: PairLinks, contractor: SideKey): Subcontract | undefined {
  const { context } = links;
  const isService = (id: string) => ['service', 'profession'].includes(context.kinds.get(id) ?? '');
  const sameSphere = (need: string, trade: string) =>
    (context.spheres.get(need) ?? []).some((sphere) => context.spheres.get(trade)?.includes(sphere));
  const belongs = (need: string, trade: string) =>
    need !== trade &&
    (context.supplies.get(need)?.has(trade) || (sameSphere(need, trade) && !context.complements.get(need)?.has(trade)));
  const trades = links.sides[contractor].trades;
  for (const need of links.needsMet[contractor].filter(isService)) {
    const into = trades.find((trade) => belongs(need, trade));
    if (into) return { provided: need, into, fit: 0.8 };
  }
  const supplied = links.supplies[otherSide(contractor)].find(([x, y]) => isService(x) && trades.includes(y));
  return supplied && { provided: supplied[0], into: supplied[1], fit: 0.65 };
}

/** One subcontracts the other, or each the other when both directions fit (web developer and designer). */
export function subcontracting(links: PairLinks): IdeaDraft | undefined {
  const byA = subcontractFor(links, 'a');
  const byB = subcontractFor(links, 'b');
  if (byA && byB) {
    const fit = Math.max(byA.fit, byB.fit) + 0.05;
    return symmetricDraft({ format: 'subcontracting', text: 'subcontractBoth', fit }, 'subcontractBoth', byB.provided, byA.provided);
  }
  const [contractor, deal] = byA ? (['a', byA] as const) : byB ? (['b', byB] as const) : [];
  if (!contractor || !deal) return undefined;
  return {
    format: 'subcontracting',
    text: 'subcontract',
    named: [deal.provided, deal.into],
    gains: forSides(contractor, 'contractor', 'provider'),
    sides: forSides(contractor, deal.into, deal.provided),
    fit: deal.fit,
  };
}
