import type { DbOrTx } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import type { Locale } from '../../i18n/locale.ts';
import { visibleProfileBySlug } from '../../profiles/visibility.ts';
import { ideasBetween } from './member-pair.ts';
import { ideasForSelf } from './problems.ts';
import type { CollaborationIdea } from './types.ts';

export interface MemberIdeas {
  member: { slug: string; name: string };
  /** Side a is the viewer, side b the member. */
  ideas: CollaborationIdea[];
}

/**
 * Ways for the viewer and the member at `slug` to work together, in the viewer's language. A member
 * the viewer may not see (unknown, hidden, blocked either way) is a 404; the viewer themself a 400.
 */
export async function ideasWithMember(db: DbOrTx, viewer: { id: string; locale: Locale }, slug: string): Promise<MemberIdeas> {
  const them = await visibleProfileBySlug(db, slug, viewer.id);
  if (!them) throw notFound('problem.memberNotFound.detail');
  if (them.userId === viewer.id) throw ideasForSelf();
  return { member: { slug: them.slug, name: them.name }, ideas: await ideasBetween(db, viewer.id, them.userId, viewer.locale) };
}
