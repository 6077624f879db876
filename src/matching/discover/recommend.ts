import { blockedEitherWay } from '../../connections/blocks.ts';
import { connectedIds } from '../../connections/network.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { profileOf, type ProfileRow } from '../../profiles/profiles.ts';
import { visibleAmong } from '../../profiles/visibility.ts';
import { relationIndex } from '../indexes.ts';
import type { MatchProfile } from '../ranking/types.ts';
import { feedbackOf } from '../store/feedback.ts';
import { toMatchProfile } from '../store/match-profile-row.ts';
import { matchProfileOf } from '../store/match-profiles.ts';
import { candidateRows, candidateTargets } from './candidates.ts';
import { inWords, presentMembers, reasonLabels, type RankedMember } from './present.ts';
import { scoreCandidates } from './score.ts';

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

// Enough for every page a member will look at; the best-connected candidates are kept (see candidateRows).
const candidateCap = 1000;

/** The members worth meeting for the viewer: candidates from the indexes, then ranked (the fast path). */
export function recommendFor(db: DbOrTx, viewerId: string, options: RecommendOptions = {}): Promise<Discovery> {
  return discover(db, viewerId, options, 'indexed');
}

/** Same ranking over every member, with no candidate selection: the baseline the fast path is measured against. */
export function exhaustiveRecommendFor(db: DbOrTx, viewerId: string, options: RecommendOptions = {}): Promise<Discovery> {
  return discover(db, viewerId, options, 'exhaustive');
}

/** A new member who has said little gets asked for more, alongside whatever can already be found. */
function isThin(profile: ProfileRow, viewer: MatchProfile): boolean {
  const phrases = profile.offers.length + profile.needs.length;
  const concepts = viewer.offerConcepts.length + viewer.needConcepts.length;
  return !profile.onboardingCompletedAt && (phrases < 3 || concepts === 0);
}

async function discover(
  db: DbOrTx,
  viewerId: string,
  { limit = 5, offset = 0, includeCompetitors = false, locale, now }: RecommendOptions,
  mode: 'indexed' | 'exhaustive',
): Promise<Discovery> {
  const profile = await profileOf(db, viewerId);
  const viewer = profile && (profile.offers.length || profile.needs.length) ? await matchProfileOf(db, viewerId) : undefined;
  if (!profile || !viewer) return { items: [], total: 0, nextStep: 'add-offers-needs' };

  const feedback = await feedbackOf(db, viewerId);
  const dismissed = Object.keys(feedback).filter((id) => feedback[id] === 'not-relevant');
  const excluded = [viewerId, ...(await blockedEitherWay(db, viewerId)), ...(await connectedIds(db, viewerId)), ...dismissed];
  const selection = mode === 'indexed' ? { targets: candidateTargets(viewer, relationIndex()), cap: candidateCap } : undefined;
  const rows = await candidateRows(db, viewer, excluded, selection);
  const visible = await visibleAmong(db, viewerId, rows.map((row) => row.userId));
  const candidates = rows.filter((row) => visible.has(row.userId)).map(toMatchProfile);

  const { ranked, mutualConnections } = await scoreCandidates(db, viewer, candidates, { feedback, includeCompetitors, now });
  const labels = await reasonLabels(db, viewerId);
  const page = ranked.slice(offset, offset + limit).map((r) => inWords(r, locale ?? viewer.locale, labels));
  return {
    items: await presentMembers(db, viewerId, page, mutualConnections),
    total: ranked.length,
    nextStep: isThin(profile, viewer) ? 'complete-profile' : null,
  };
}
