import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { matchProfileOf } from '../store/match-profiles.ts';
import { inWords, reasonLabels } from './present.ts';
import { scoreCandidates } from './score.ts';

/**
 * Why the viewer and one other member match — Discover's reasons, in `locale` — for pages about a
 * pair already chosen (a meeting brief). Feedback is left out: the two are meeting anyway.
 */
export async function reasonsBetween(db: DbOrTx, viewerId: string, otherId: string, locale: Locale): Promise<string[]> {
  const viewer = await matchProfileOf(db, viewerId);
  const other = await matchProfileOf(db, otherId);
  if (!viewer || !other) return [];
  const [scored] = (await scoreCandidates(db, viewer, [other], { includeCompetitors: true })).ranked;
  return scored ? inWords(scored, locale, await reasonLabels(db, viewerId)).reasons : [];
}
