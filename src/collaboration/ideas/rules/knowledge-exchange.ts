import { symmetricDraft, type IdeaDraft } from '../draft.ts';
import type { PairLinks } from '../pair-links.ts';
import { specialities } from '../pair-queries.ts';

/** Colleagues learn from each other: the same trade in another place, or different specialities of one trade. */
export function knowledgeExchange(links: PairLinks): IdeaDraft | undefined {
  const [same] = links.sameTrades;
  if (!same) return undefined;
  const base = { format: 'knowledgeExchange' } as const;
  if (links.apart) return symmetricDraft({ ...base, text: 'knowledgeElsewhere', fit: 0.75 }, 'knowledgeElsewhere', ...same);
  const own = specialities(links);
  return own && symmetricDraft({ ...base, text: 'knowledgeSpecialities', fit: 0.6 }, 'knowledgeSpecialities', ...own);
}
