import { symmetricDraft, type IdeaDraft } from '../draft.ts';
import type { PairLinks } from '../pair-links.ts';
import { mutualNeeds } from '../pair-queries.ts';

/**
 * A new business together: only for complementary trades (never the same trade) when both are
 * looking for partners or investment.
 */
export function jointVenture(links: PairLinks): IdeaDraft | undefined {
  const pair = links.complements[0] ?? mutualNeeds(links);
  const { a, b } = links.sides;
  const seeking = [a, b].map((side) => side.goals.has('partners') || side.goals.has('investors'));
  if (!pair || !seeking.every(Boolean)) return undefined;
  const partners = a.goals.has('partners') && b.goals.has('partners');
  return symmetricDraft(
    { format: 'jointVenture', text: partners ? 'jointVenture' : 'jointVentureFunding', fit: partners ? 0.65 : 0.6 },
    'jointVenture', ...pair,
  );
}
