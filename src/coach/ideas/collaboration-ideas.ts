import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { ideasWithEach } from '../../collaboration/ideas/member-pair.ts';
import { recommendFor } from '../../matching/discover/recommend.ts';
import type { MemberCard } from '../../profiles/member-views.ts';
import { pickIdeas, type PickedIdea } from './pick-ideas.ts';

export interface CoachIdeas {
  /** Up to three, each with the member to propose it to. */
  ideas: PickedIdea<MemberCard>[];
  /** Whether Discover has anyone for the member yet: without matches the profile needs offers and needs. */
  hasMatches: boolean;
}

// Enough of the best matches to find three ideas among them; ideas for people further down matter less.
const matchesConsidered = 10;

/** Three ideas for "what would I collaborate on?", each with someone Discover recommends to the member. */
export async function coachIdeasFor(db: DbOrTx, viewer: { id: string; locale: Locale }): Promise<CoachIdeas> {
  const { items } = await recommendFor(db, viewer.id, { limit: matchesConsidered, locale: viewer.locale });
  if (!items.length) return { ideas: [], hasMatches: false };
  const ideas = await ideasWithEach(db, viewer.id, items.map((item) => item.userId), viewer.locale);
  const matches = items.map((item) => ({ member: item.member, ideas: (ideas.get(item.userId) ?? []).map((idea) => idea.rationale) }));
  return { ideas: pickIdeas(matches), hasMatches: true };
}
