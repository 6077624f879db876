import { membershipsOf } from '../../communities/communities.ts';
import { connectionStatesFor, type ConnectionState } from '../../connections/network.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { toMemberCard, type MemberCard } from '../../profiles/member-views.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import { relationIndex } from '../indexes.ts';
import { reasonText } from '../ranking/reason-text.ts';
import type { ReasonLabels } from '../ranking/relation-index.ts';
import type { MatchRelation, Recommendation } from '../ranking/types.ts';

/** One member worth meeting, as Discover and search show it. */
export interface DiscoverItem {
  member: MemberCard;
  score: number;
  relation: MatchRelation;
  /** In the viewer's language, the strongest first. */
  reasons: string[];
  mutualConnections: number;
  connection: ConnectionState | null;
}

/** With the member's id, which the API leaves out (it names members by slug) and the CLI needs. */
export interface RankedMember extends DiscoverItem {
  userId: string;
}

/** A ranked member before the profile card and connection state are looked up. */
export interface ScoredMember {
  id: string;
  score: number;
  relation: MatchRelation;
  reasons: string[];
}

/** Concept and sphere names from the taxonomy; community names from the viewer's own memberships. */
export async function reasonLabels(db: DbOrTx, viewerId: string): Promise<ReasonLabels> {
  const names = new Map((await membershipsOf(db, viewerId)).map((c) => [c.slug, c.name]));
  return { ...relationIndex().labels, community: (slug) => names.get(slug) ?? slug };
}

export function inWords({ id, score, relation, reasons }: Recommendation, locale: Locale, labels: ReasonLabels): ScoredMember {
  return { id, score, relation, reasons: reasons.map((reason) => reasonText(reason, locale, labels)) };
}

/** Adds each member's card, mutual connections and connection state, keeping the order. */
export async function presentMembers(
  db: DbOrTx,
  viewerId: string,
  scored: ScoredMember[],
  mutualConnections: ReadonlyMap<string, number>,
): Promise<RankedMember[]> {
  const ids = scored.map((s) => s.id);
  const profiles = await profilesOf(db, ids);
  const states = await connectionStatesFor(db, viewerId, ids);
  return scored.flatMap(({ id, ...rest }) => {
    const profile = profiles.get(id);
    if (!profile) return [];
    return [{
      userId: id, member: toMemberCard(profile), ...rest,
      mutualConnections: mutualConnections.get(id) ?? 0, connection: states.get(id) ?? null,
    }];
  });
}
