import type { DbOrTx } from '../../db/database.ts';
import { fieldProblem, notFound } from '../../http/problem.ts';
import { visibleProfileBySlug } from '../../profiles/visibility.ts';
import type { Feedback } from '../ranking/types.ts';
import { saveFeedback } from '../store/feedback.ts';

/**
 * The member's word on someone Discover showed them: "not-relevant" hides them from then on,
 * "competitor" hides them unless colleagues are asked for, "interested" ranks them higher.
 */
export async function giveFeedback(db: DbOrTx, viewerId: string, slug: string, kind: Feedback): Promise<void> {
  const candidate = await visibleProfileBySlug(db, slug, viewerId);
  if (!candidate) throw notFound('problem.memberNotFound.detail');
  if (candidate.userId === viewerId) throw fieldProblem('slug', 'validation.feedbackOnSelf');
  await saveFeedback(db, viewerId, candidate.userId, kind);
}
