import { comparePair } from './pair-facts.ts';
import { profileFeatures, type ProfileFeatures } from './profile-features.ts';
import { classifyRelation, isCompetitor } from './relation.ts';
import { allSignals } from './signals.ts';
import type { MatchContext, MatchProfile, Reason, Recommendation, Signal } from './types.ts';

export interface RankOptions {
  limit?: number;
  /** Show competitors ("colleagues"), labelled as such. */
  includeCompetitors?: boolean;
}

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

/**
 * The candidates worth meeting for the viewer, best first (ties by id). Leaves out the viewer,
 * hidden members, members dismissed as not relevant, those without a language in common,
 * competitors unless asked for, and anyone without a single reason to meet.
 */
export function rankCandidates(
  viewer: MatchProfile,
  candidates: readonly MatchProfile[],
  context: MatchContext,
  { limit = Number.POSITIVE_INFINITY, includeCompetitors = false }: RankOptions = {},
): Recommendation[] {
  const { relations, feedback: allFeedback, hidden, mutualConnections, now } = context;
  const viewerFeatures = profileFeatures(viewer, relations);
  const ranked: { recommendation: Recommendation; points: number }[] = [];

  for (const candidate of candidates) {
    if (candidate.id === viewer.id || hidden?.has(candidate.id)) continue;
    const feedback = allFeedback?.[candidate.id];
    if (feedback === 'not-relevant' || !speaksWith(viewerFeatures, candidate)) continue;

    const features = profileFeatures(candidate, relations);
    const facts = comparePair(viewerFeatures, features, relations);
    const competitor = isCompetitor(facts, feedback);
    if (competitor && !includeCompetitors) continue;

    const input = {
      viewer: viewerFeatures, candidate: features, facts, competitor, relations, feedback, now,
      mutualConnections: mutualConnections?.(viewer.id, candidate.id) ?? 0,
    };
    const signals = allSignals.map((compute) => compute(input)).filter((s) => s.value > 0);
    const reasons = reasonsOf(signals);
    if (!reasons.length) continue;

    const points = signals.reduce((sum, s) => sum + s.weight * s.value, 0);
    const score = Math.round(100 * (1 - Math.exp(-Math.max(0, points) / scoreScale)));
    ranked.push({
      recommendation: { id: candidate.id, score, relation: classifyRelation(facts, competitor), signals, reasons },
      points,
    });
  }

  return ranked
    .sort((a, b) => b.points - a.points || (a.recommendation.id < b.recommendation.id ? -1 : 1))
    .slice(0, limit)
    .map((entry) => entry.recommendation);
}
