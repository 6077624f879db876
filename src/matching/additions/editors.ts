import type { SessionUser } from '../../accounts/sessions.ts';
import { administersACommunity } from '../../communities/communities.ts';
import type { DbOrTx } from '../../db/database.ts';
import { ProblemError } from '../../http/problem.ts';

/**
 * Who may add concepts and synonyms: instance administrators and the administrators of any
 * community. The taxonomy is instance-wide, so a community administrator's additions apply to all.
 */
export async function requireTaxonomyEditor(db: DbOrTx, user: SessionUser): Promise<void> {
  if (user.isInstanceAdmin || (await administersACommunity(db, user.id))) return;
  throw new ProblemError(403, 'forbidden', 'problem.forbidden.title', 'problem.taxonomyEditorsOnly.detail');
}
