// Diagnostics for bench/matching.ts: where one recommendation's time goes, and why the fast path
// misses members the exhaustive ranking finds. It repeats the steps of discover() in
// src/matching/discover/recommend.ts with a clock around each, so keep it in step with that file;
// the runner loads it separately and carries on without it if it no longer fits.
import { readFileSync } from 'node:fs';
import { blockedEitherWay } from '../src/connections/blocks.ts';
import { connectedIds, mutualConnectionCounts } from '../src/connections/network.ts';
import type { DbOrTx } from '../src/db/database.ts';
import { candidateRows, candidateTargets } from '../src/matching/discover/candidates.ts';
import { inWords, presentMembers, reasonLabels } from '../src/matching/discover/present.ts';
import { relationIndex } from '../src/matching/indexes.ts';
import { rankCandidates } from '../src/matching/ranking/rank.ts';
import { feedbackOf } from '../src/matching/store/feedback.ts';
import { toMatchProfile } from '../src/matching/store/match-profile-row.ts';
import { matchProfileOf } from '../src/matching/store/match-profiles.ts';
import { profileOf } from '../src/profiles/profiles.ts';
import { visibleAmong } from '../src/profiles/visibility.ts';

export const stages = ['viewer', 'candidateQuery', 'visibility', 'mutualConnections', 'scoring', 'present'] as const;
export type Stage = (typeof stages)[number];
export interface StageTimes {
  ms: Record<Stage, number>;
  /** Rows the candidate query returned. */
  candidates: number;
  /** Members ranked (with at least one reason, not competitors). */
  ranked: number;
}

/** The fast path's candidate cap, read from recommend.ts (it is not exported); 1000 if it cannot be read. */
export function candidateCap(): number {
  try {
    const source = readFileSync(new URL('../src/matching/discover/recommend.ts', import.meta.url), 'utf8');
    const found = /const candidateCap = ([\d_]+)/.exec(source)?.[1];
    return found ? Number(found.replaceAll('_', '')) : 1000;
  } catch {
    return 1000;
  }
}

// visibleAmong binds one parameter per id: above 65,535 ids the driver refuses the query.
const visibilityChunk = 30_000;

export interface MirroredRecommendation extends StageTimes {
  /** The top `limit` member ids, best first, and their scores. */
  ids: string[];
  scores: number[];
}

/**
 * One recommendation (limit 10) in the steps of the fast path or the exhaustive one, each timed; the
 * visibility check is split into chunks so that it also works with every member as a candidate.
 */
export async function timedRecommendation(
  db: DbOrTx,
  viewerId: string,
  mode: 'indexed' | 'exhaustive',
  now: Date,
  limit = 10,
): Promise<MirroredRecommendation | undefined> {
  const ms = Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
  let clock = performance.now();
  const lap = (stage: Stage) => {
    const t = performance.now();
    ms[stage] += t - clock;
    clock = t;
  };
  const profile = await profileOf(db, viewerId);
  const viewer = profile && (profile.offers.length || profile.needs.length) ? await matchProfileOf(db, viewerId) : undefined;
  if (!profile || !viewer) return undefined;
  const feedback = await feedbackOf(db, viewerId);
  const dismissed = Object.keys(feedback).filter((id) => feedback[id] === 'not-relevant');
  const excluded = [viewerId, ...(await blockedEitherWay(db, viewerId)), ...(await connectedIds(db, viewerId)), ...dismissed];
  lap('viewer');
  const selection = mode === 'indexed' ? { targets: candidateTargets(viewer, relationIndex()), cap: candidateCap() } : undefined;
  const rows = await candidateRows(db, viewer, excluded, selection);
  lap('candidateQuery');
  const visible = new Set<string>();
  for (let i = 0; i < rows.length; i += visibilityChunk)
    for (const id of await visibleAmong(db, viewerId, rows.slice(i, i + visibilityChunk).map((row) => row.userId))) visible.add(id);
  const candidates = rows.filter((row) => visible.has(row.userId)).map(toMatchProfile);
  lap('visibility');
  const mutual = await mutualConnectionCounts(db, viewer.id, candidates.map((c) => c.id));
  lap('mutualConnections');
  const ranked = rankCandidates(viewer, candidates, {
    relations: relationIndex(),
    mutualConnections: (_, id) => mutual.get(id) ?? 0,
    feedback,
    now,
  });
  lap('scoring');
  const labels = await reasonLabels(db, viewerId);
  const page = ranked.slice(0, limit).map((r) => inWords(r, viewer.locale, labels));
  await presentMembers(db, viewerId, page, mutual);
  lap('present');
  return { ms, candidates: rows.length, ranked: ranked.length, ids: page.map((p) => p.id), scores: page.map((p) => p.score) };
}

export interface MissReasons {
  /** Members the candidate query matches before the cap. */
  uncapped: number;
  /** Shares nothing with the viewer's targets: the GIN query cannot see them. */
  notTargeted: number;
  /** Matches the targets but falls beyond the cap when candidates are ordered by overlap. */
  cutByCap: number;
  /** Among the fast path's candidates, yet ranked outside its top 10 (ties broken differently, or equal scores). */
  inCandidates: number;
}

/** Why each of these exhaustive top-10 members is missing from the fast path's top 10. */
export async function explainMisses(db: DbOrTx, viewerId: string, missing: readonly string[]): Promise<MissReasons> {
  const reasons: MissReasons = { uncapped: 0, notTargeted: 0, cutByCap: 0, inCandidates: 0 };
  const viewer = await matchProfileOf(db, viewerId);
  if (!viewer) return reasons;
  const targets = candidateTargets(viewer, relationIndex());
  const capped = new Set((await candidateRows(db, viewer, [viewerId], { targets, cap: candidateCap() })).map((r) => r.userId));
  const all = new Set((await candidateRows(db, viewer, [viewerId], { targets, cap: 10_000_000 })).map((r) => r.userId));
  reasons.uncapped = all.size;
  for (const id of missing) {
    if (capped.has(id)) reasons.inCandidates++;
    else if (all.has(id)) reasons.cutByCap++;
    else reasons.notTargeted++;
  }
  return reasons;
}
