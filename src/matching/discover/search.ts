import { blockedEitherWay } from '../../connections/blocks.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/messages.ts';
import { searchProfiles } from '../../profiles/search.ts';
import { visibleAmong } from '../../profiles/visibility.ts';
import { conceptIndex } from '../indexes.ts';
import type { MemberPool } from '../pool/member-pool.ts';
import { currentPool, matchProfileFrom } from '../pool/pool-store.ts';
import { foldText } from '../text/normalize.ts';
import type { ReasonLabels } from '../ranking/relation-index.ts';
import type { MatchProfile, Reason, Recommendation } from '../ranking/types.ts';
import { matchProfilesOf } from '../store/match-profiles.ts';
import { conceptsOfPhrase } from '../store/phrase-concepts.ts';
import { placeInText, type PlaceInText } from './place.ts';
import { inWords, presentMembers, reasonLabels, type RankedMember, type ScoredMember } from './present.ts';
import { scoreCandidates } from './score.ts';

export interface SearchOptions {
  limit?: number;
  /** Of the reasons; the member's own locale by default. */
  locale?: Locale;
}

/** Everything both kinds of search need about the one searching. */
interface Search {
  db: DbOrTx;
  pool: MemberPool;
  viewer: MatchProfile;
  /** The viewer and whoever they blocked or were blocked by. */
  excluded: string[];
  place: PlaceInText | undefined;
  locale: Locale;
  labels: ReasonLabels;
  limit: number;
}

type Found = { scored: ScoredMember[]; mutualConnections: Map<string, number> };

/**
 * Members matching free text such as "busco abogado mercantil en Valencia" or "accountant in
 * Barcelona", ranked by the Discover engine. Competitors are listed (labelled as such): whoever
 * searches for a trade wants to see it.
 */
export async function searchMembers(
  db: DbOrTx,
  viewerId: string,
  q: string,
  { limit = 10, locale }: SearchOptions = {},
): Promise<{ items: RankedMember[] }> {
  const pool = await currentPool(db);
  const viewer = await matchProfileFrom(pool, db, viewerId);
  if (!viewer) throw new Error(`User ${viewerId} has no profile`);
  const place = placeInText(q, pool.cities());
  const text = place ? place.rest : q.trim();
  const search: Search = {
    db, pool, viewer, place, limit,
    excluded: [viewerId, ...(await blockedEitherWay(db, viewerId))],
    locale: locale ?? viewer.locale,
    labels: await reasonLabels(db, viewerId),
  };
  const concepts = conceptsOfPhrase(conceptIndex(), text);
  if (!concepts.length && !text && !place) return { items: [] };
  const found = concepts.length ? await byConcepts(search, concepts) : await byText(search, text, q.trim());
  return { items: await presentMembers(db, viewerId, found.scored.slice(0, limit), found.mutualConnections) };
}

/** Those offering the concepts named (in the city named, or working remotely), as if the viewer needed them. */
async function byConcepts({ db, pool, viewer, excluded, place, locale, labels }: Search, concepts: string[]): Promise<Found> {
  const searcher = { ...viewer, needConcepts: [...new Set([...concepts, ...viewer.needConcepts])] };
  const cities = new Set(place?.cities.map(foldText));
  const offering = pool.membersListing('offer', concepts).filter(({ profile, features }) =>
    !excluded.includes(profile.id) && (!place || profile.remote || cities.has(features.city)));
  const visible = await visibleAmong(db, viewer.id, offering.map((member) => member.profile.id));
  const candidates = offering.filter((member) => visible.has(member.profile.id)).map((member) => member.profile);
  const { ranked, mutualConnections } = await scoreCandidates(db, searcher, candidates, { includeCompetitors: true });
  return { scored: ranked.map((r) => inWords(searchedFirst(r), locale, labels)), mutualConnections };
}

/**
 * Text naming no known concept: the directory's full-text matches, each scored by the engine where
 * it finds a reason; among equal scores the directory's text relevance decides.
 */
async function byText({ db, viewer, excluded, place, locale, labels, limit }: Search, text: string, q: string): Promise<Found> {
  const query = { ...(text ? { q: text } : {}), ...(place ? { city: place.cities[0] } : {}), page: 1, pageSize: limit + excluded.length };
  const ids = (await searchProfiles(db, viewer.id, query)).rows.map((row) => row.userId).filter((id) => !excluded.includes(id));
  const { ranked, mutualConnections } = await scoreCandidates(db, viewer, await matchProfilesOf(db, ids), { includeCompetitors: true });
  const engine = new Map(ranked.map((r) => [r.id, inWords(r, locale, labels)]));
  const matchesSearch = translate(locale, 'discover.reason.matchesSearch', { q });
  const scored = ids.map((id): ScoredMember => {
    const found = engine.get(id);
    return { id, score: found?.score ?? 0, relation: found?.relation ?? 'peer', reasons: [matchesSearch, ...(found?.reasons ?? [])] };
  });
  return { scored: scored.sort((a, b) => b.score - a.score), mutualConnections };
}

/** The searched concepts' reason first ("They offer accounting — just what you need"), then the rest. */
function searchedFirst(recommendation: Recommendation): Recommendation {
  const searched = (reason: Reason) => reason.code === 'youNeedWhatTheyOffer';
  return { ...recommendation, reasons: [...recommendation.reasons.filter(searched), ...recommendation.reasons.filter((r) => !searched(r))] };
}
