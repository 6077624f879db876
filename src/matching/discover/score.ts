import { mutualConnectionCounts } from '../../connections/network.ts';
import type { DbOrTx } from '../../db/database.ts';
import { relationIndex } from '../indexes.ts';
import { rankCandidates } from '../ranking/rank.ts';
import type { Feedback, MatchProfile, Recommendation } from '../ranking/types.ts';

export interface Scored {
  ranked: Recommendation[];
  mutualConnections: Map<string, number>;
}

/** Ranks the candidates for the viewer with the core engine, adding what only the database knows. */
export async function scoreCandidates(
  db: DbOrTx,
  viewer: MatchProfile,
  candidates: MatchProfile[],
  options: { feedback?: Record<string, Feedback>; includeCompetitors: boolean; now?: Date },
): Promise<Scored> {
  const mutualConnections = await mutualConnectionCounts(db, viewer.id, candidates.map((c) => c.id));
  const ranked = rankCandidates(
    viewer,
    candidates,
    {
      relations: relationIndex(),
      mutualConnections: (_, candidateId) => mutualConnections.get(candidateId) ?? 0,
      ...(options.feedback ? { feedback: options.feedback } : {}),
      now: options.now ?? new Date(),
    },
    { includeCompetitors: options.includeCompetitors },
  );
  return { ranked, mutualConnections };
}
