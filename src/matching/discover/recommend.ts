import { blockedEitherWay } from '../../connections/blocks.ts';
import { connectedIds, mutualConnectionCounts } from '../../connections/network.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { profileOf, type ProfileRow } from '../../profiles/profiles.ts';
import { visibleAmong } from '../../profiles/visibility.ts';
import { currentPool, matchProfileFrom } from '../pool/pool-store.ts';
import { allMatches, topMatches, type MatchQuery, type TopMatches } from '../pool/top-matches.ts';
import type { MemberPool } from '../pool/member-pool.ts';
import type { MatchProfile } from '../ranking/types.ts';
import { feedbackOf } from '../store/feedback.ts';
import { inWords, presentMembers, reasonLabels, type RankedMember } from './present.ts';

export type NextStep = 'complete-profile' | 'add-offers-needs';

export interface Discovery {
  items: RankedMember[];
  /** How many members are worth meeting in all, for "more". */
  total: number;
  /** What the member should do for better (or any) recommendations. */
  nextStep: NextStep | null;
}

export interface RecommendOptions {
  limit?: number;
  offset?: number;
  /** Show competitors ("colleagues"), labelled as such. */
  includeCompetitors?: boolean;
  /** Of the reasons; the member's own locale by default. */
  locale?: Locale;
  now?: Date;
}

/** The members worth meeting for the viewer, found in the member pool with as little scoring as it takes (the fast path). */
export function recommendFor(db: DbOrTx, viewerId: string, options: RecommendOptions = {}): Promise<Discovery> {
  return discover(db, viewerId, options, topMatches);
}

/** Same ranking with every member scored: the baseline the fast path is measured against, and must agree with. */
export function exhaustiveRecommendFor(db: DbOrTx, viewerId: string, options: RecommendOptions = {}): Promise<Discovery> {
  return discover(db, viewerId, options, allMatches);
}

/** A new member who has said little gets asked for more, alongside whatever can already be found. */
function isThin(profile: ProfileRow, viewer: MatchProfile): boolean {
  const phrases = profile.offers.length + profile.needs.length;
  const concepts = viewer.offerConcepts.length + viewer.needConcepts.length;
  return !profile.onboardingCompletedAt && (phrases < 3 || concepts === 0);
}

// Profiles hidden from the viewer are few; a handful more than the page is looked for up front.
const hiddenAllowance = 5;

async function discover(
  db: DbOrTx,
  viewerId: string,
  { limit = 5, offset = 0, includeCompetitors = false, locale, now = new Date() }: RecommendOptions,
  find: (pool: MemberPool, query: MatchQuery) => TopMatches,
): Promise<Discovery> {
  const profile = await profileOf(db, viewerId);
  if (!profile || !(profile.offers.length || profile.needs.length)) return { items: [], total: 0, nextStep: 'add-offers-needs' };
  const pool = await currentPool(db);
  const viewer = await matchProfileFrom(pool, db, viewerId);
  if (!viewer) return { items: [], total: 0, nextStep: 'add-offers-needs' };
  const feedback = await feedbackOf(db, viewerId);
  const excluded = new Set([...(await blockedEitherWay(db, viewerId)), ...(await connectedIds(db, viewerId))]);
  const mutualConnections = await mutualConnectionCounts(db, viewerId);
  const wanted = offset + limit;
  const query = { viewer, k: wanted + hiddenAllowance, excluded, feedback, mutualConnections, includeCompetitors, now };
  // Whether a profile is visible to the viewer lives with profiles: checked on what ranked, and
  // those hidden are left out of a new search until the page is full.
  for (;;) {
    const found = find(pool, query);
    const visible = await visibleAmong(db, viewerId, found.ranked.map((r) => r.id));
    const shown = found.ranked.filter((r) => visible.has(r.id));
    if (shown.length >= wanted || found.ranked.length < query.k) {
      const labels = await reasonLabels(db, viewerId);
      const page = shown.slice(offset, wanted).map((r) => inWords(r, locale ?? viewer.locale, labels));
      return {
        items: await presentMembers(db, viewerId, page, mutualConnections),
        total: Math.max(shown.length, found.related),
        nextStep: isThin(profile, viewer) ? 'complete-profile' : null,
      };
    }
    for (const r of found.ranked) if (!visible.has(r.id)) excluded.add(r.id);
  }
}
