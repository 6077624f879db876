import { comparePair } from '../ranking/pair-facts.ts';
import { profileFeatures } from '../ranking/profile-features.ts';
import { buildRelationIndex } from '../ranking/relation-index.ts';
import { isCompetitor } from '../ranking/relation.ts';
import type { SignalInput } from '../ranking/signals.ts';
import type { MatchProfile } from '../ranking/types.ts';
import { smallTaxonomy } from './small-taxonomy.ts';

export const smallRelations = buildRelationIndex(smallTaxonomy);
export const testNow = new Date('2026-11-26T12:00:00Z');

/** What the signals see for one viewer and candidate, over the small taxonomy. */
export function signalInput(viewer: MatchProfile, candidate: MatchProfile, extra: Partial<SignalInput> = {}): SignalInput {
  const viewerFeatures = profileFeatures(viewer, smallRelations);
  const candidateFeatures = profileFeatures(candidate, smallRelations);
  const facts = comparePair(viewerFeatures, candidateFeatures, smallRelations);
  return {
    viewer: viewerFeatures, candidate: candidateFeatures, facts, competitor: isCompetitor(facts, extra.feedback),
    relations: smallRelations, mutualConnections: 0, now: testNow, ...extra,
  };
}
