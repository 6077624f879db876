import { comparePair } from './pair-facts.ts';
import { profileFeatures, type ProfileFeatures } from './profile-features.ts';
import { classifyRelation, isCompetitor } from './relation.ts';
import { allSignals } from './signals.ts';
import type { MatchContext, MatchProfile, Reason, Recommendation, Signal, SignalName } from './types.ts';

export interface RankOptions {
  limit?: number;
  /** Show competitors ("colleagues"), labelled as such. */
  includeCompetitors?: boolean;
}

// Being in the same place or community makes a meeting easy, not worth having: a pair needs a
// reason of its own (a need, a referral, a supply, a goal, people in common, interest) to be shown.
const contextOnly: ReadonlySet<SignalName> = new Set(['place', 'sharedCommunities', 'recentActivity']);

// Raw points → 0–100 on a saturating curve: order is kept, and 50 points already mean a good match (63).
const scoreScale = 50;

function speaksWith(viewer: ProfileFeatures, candidate: MatchProfile): boolean {
  return viewer.languages.has(candidate.locale) || candidate.languages.some((language) => viewer.languages.has(language));
}

/** The fired signals' reasons, strongest contribution first, without saying the same place twice. */
function reasonsOf(signals: readonly Signal[]): Reason[] {
  const reasons = signals
    .filter((s): s is Signal & { reason: Reason } => s.reason !== undefined && s.weight > 0)
    .sort((a, b) => b.weight * b.value - a.weight * a.value)
    .map((s) => s.reason);
  const partnersHere = reasons.find((r) => r.code === 'bothWantPartners' && r.city !== undefined);
  return partnersHere ? reasons.filter((r) => r.code !== 'samePlace') : reasons;
}

export interface Scored {
  recommendation: Recommendation;
  /** Raw points before the 0–100 curve: what ranking sorts by. */
  points: number;
}

/**
 * One candidate as seen by the viewer, from both members' features: undefined when they must not
 * be recommended (hidden, dismissed, no language in common, a competitor unless asked for, or not
 * a reason to meet beyond place and communities).
 */
export function scorePair(
  viewer: ProfileFeatures,
  candidate: ProfileFeatures,
  context: MatchContext,
  includeCompetitors: boolean,
): Scored | undefined {
  const { relations, feedback: allFeedback, hidden, mutualConnections, now } = context;
  const { id } = candidate.profile;
  if (id === viewer.profile.id || hidden?.has(id)) return undefined;
  const feedback = allFeedback?.[id];
  if (feedback === 'not-relevant' || !speaksWith(viewer, candidate.profile)) return undefined;

  const facts = comparePair(viewer, candidate, relations);
  const competitor = isCompetitor(facts, feedback);
  if (competitor && !includeCompetitors) return undefined;

  const input = {
    viewer, candidate, facts, competitor, relations, feedback, now,
    mutualConnections: mutualConnections?.(viewer.profile.id, id) ?? 0,
  };
  const signals = allSignals.map((compute) => compute(input)).filter((s) => s.value > 0);
  const reasons = reasonsOf(signals);
  // A competitor, listed only when asked for, is there for being one.
  if (!reasons.length || (!competitor && !signals.some((s) => s.weight > 0 && !contextOnly.has(s.name)))) return undefined;

  const points = signals.reduce((sum, s) => sum + s.weight * s.value, 0);
  const score = Math.round(100 * (1 - Math.exp(-Math.max(0, points) / scoreScale)));
  return { recommendation: { id, score, relation: classifyRelation(facts, competitor), signals, reasons }, points };
}

/** Best first; equal points by id, so every ranking of the same members agrees. */
export function byPoints(a: Scored, b: Scored): number {
  return b.points - a.points || (a.recommendation.id < b.recommendation.id ? -1 : 1);
}

/**
 * The candidates worth meeting for the viewer, best first (ties by id). Leaves out the viewer,
 * hidden members, members dismissed as not relevant, those without a language in common,
 * competitors unless asked for, and anyone without a reason to meet beyond place and communities.
 */
export function rankCandidates(
  viewer: MatchProfile,
  candidates: readonly MatchProfile[],
  context: MatchContext,
  { limit = Number.POSITIVE_INFINITY, includeCompetitors = false }: RankOptions = {},
): Recommendation[] {
  const viewerFeatures = profileFeatures(viewer, context.relations);
  const ranked: Scored[] = [];
  for (const candidate of candidates) {
    const scored = scorePair(viewerFeatures, profileFeatures(candidate, context.relations), context, includeCompetitors);
    if (scored) ranked.push(scored);
  }
  return ranked.sort(byPoints).slice(0, limit).map((entry) => entry.recommendation);
}
