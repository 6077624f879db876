import type { PairFacts } from './pair-facts.ts';
import type { Feedback, MatchRelation } from './types.ts';

// More than half of the shorter list of trades in common (or competing) makes two businesses rivals;
// an accountant and a lawyer who both register companies are not.
const competingOverlap = 0.5;

/**
 * Rivals: mostly the same trades, or the same main trade, where they would fight for the same
 * clients. The same trade in another city is not competition; it is a colleague to pass work to.
 * The viewer's word overrides.
 */
export function isCompetitor(facts: PairFacts, feedback?: Feedback): boolean {
  if (feedback === 'competitor') return true;
  return facts.sameArea && (facts.offerOverlap > competingOverlap || facts.mainTradesRival);
}

/** What the candidate is to the viewer. Competitors are never partners. */
export function classifyRelation(facts: PairFacts, competitor: boolean): MatchRelation {
  if (competitor) return 'competitor';
  // The same trade elsewhere shares clients and spheres too, but is a colleague, not a partner.
  const colleague = facts.sharedOffer !== undefined && !facts.sameArea;
  const sharesClients = !colleague && (facts.sharedCustomer !== undefined || facts.sharedSphere !== undefined);
  if ((facts.viewerGains && facts.candidateGains) || facts.complement || sharesClients) return 'partner';
  if (facts.viewerGains) return 'supplier';
  if (facts.candidateGains) return 'client';
  return 'peer';
}
