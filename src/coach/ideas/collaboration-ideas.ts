import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { recommendFor } from '../../matching/discover/recommend.ts';
import { conceptIndex, relationIndex } from '../../matching/indexes.ts';
import { collaborationIdeas } from '../../meetings/brief/pair-ideas.ts';
import type { MemberCard } from '../../profiles/member-views.ts';
import { profilesOf } from '../../profiles/profiles.ts';
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
  const profiles = await profilesOf(db, [viewer.id, ...items.map((item) => item.userId)]);
  const yourOffers = profiles.get(viewer.id)?.offers ?? [];
  const matches = items.map((item) => {
    const them = profiles.get(item.userId);
    const pair = { yourOffers, theirOffers: them?.offers ?? [], theirNeeds: them?.needs ?? [] };
    return { member: item.member, ideas: collaborationIdeas(conceptIndex(), relationIndex(), pair, viewer.locale) };
  });
  return { ideas: pickIdeas(matches), hasMatches: true };
}
