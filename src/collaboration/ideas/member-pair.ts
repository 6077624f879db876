import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { relationIndex } from '../../matching/indexes.ts';
import type { MatchProfile } from '../../matching/ranking/types.ts';
import type { RelationIndex } from '../../matching/ranking/relation-index.ts';
import { matchProfileOf } from '../../matching/store/match-profiles.ts';
import { collaborationIdeasFor } from './collaboration-ideas.ts';
import { ideaContextFrom, type IdeaContext } from './idea-context.ts';
import type { CollaborationIdea, IdeaSide } from './types.ts';

/** A member's match profile as one side of an idea pair: the concepts the matching already found. */
export function ideaSideOf(profile: MatchProfile): IdeaSide {
  return {
    offers: profile.offerConcepts,
    needs: profile.needConcepts,
    businessTypes: profile.businessTypes ?? [],
    goals: profile.goals,
    city: profile.city,
    country: profile.country,
    remote: profile.remote,
  };
}

// One context per taxonomy: a new relation index (an administrator's addition) gets a new one.
const contexts = new WeakMap<RelationIndex, IdeaContext>();

function currentContext(): IdeaContext {
  const relations = relationIndex();
  let context = contexts.get(relations);
  if (!context) {
    context = ideaContextFrom(relations);
    contexts.set(relations, context);
  }
  return context;
}

/**
 * Collaboration ideas for the viewer (side a) and another member (side b), in `locale`: what "you"
 * gain is `gains.a`, what they gain `gains.b`. Empty when either has no match profile.
 */
export async function ideasBetween(db: DbOrTx, viewerId: string, otherId: string, locale: Locale): Promise<CollaborationIdea[]> {
  const viewer = await matchProfileOf(db, viewerId);
  const other = await matchProfileOf(db, otherId);
  if (!viewer || !other) return [];
  return collaborationIdeasFor({ a: ideaSideOf(viewer), b: ideaSideOf(other) }, currentContext(), locale);
}
