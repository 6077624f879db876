import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { relationIndex } from '../../matching/indexes.ts';
import type { MatchProfile } from '../../matching/ranking/types.ts';
import type { RelationIndex } from '../../matching/ranking/relation-index.ts';
import { matchProfilesOf } from '../../matching/store/match-profiles.ts';
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
 * Collaboration ideas for the viewer (side a) and each of `otherIds` (side b), in `locale`, from one
 * read of their match profiles: what "you" gain is `gains.a`, what they gain `gains.b`. A member
 * without a match profile (or a viewer without one) gets no ideas.
 */
export async function ideasWithEach(db: DbOrTx, viewerId: string, otherIds: readonly string[], locale: Locale): Promise<Map<string, CollaborationIdea[]>> {
  const profiles = new Map((await matchProfilesOf(db, [viewerId, ...otherIds])).map((profile) => [profile.id, profile]));
  const viewer = profiles.get(viewerId);
  return new Map(
    otherIds.map((id) => {
      const other = profiles.get(id);
      return [id, viewer && other ? collaborationIdeasFor({ a: ideaSideOf(viewer), b: ideaSideOf(other) }, currentContext(), locale) : []];
    }),
  );
}

/** Collaboration ideas for the viewer (side a) and one other member (side b), in `locale`. */
export async function ideasBetween(db: DbOrTx, viewerId: string, otherId: string, locale: Locale): Promise<CollaborationIdea[]> {
  return (await ideasWithEach(db, viewerId, [otherId], locale)).get(otherId) ?? [];
}
