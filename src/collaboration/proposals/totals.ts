import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { proposalStates, type Money, type ProposalState } from './model.ts';
import { proposalParties, proposals } from './tables.ts';

/**
 * Figures for the value dashboard. A member's proposals are those they are on, as author or other
 * party (another member's draft is not theirs yet); without a member, every proposal of the instance.
 */
export interface ProposalTotals {
  /** How many proposals are in each state (every state present, 0 when none). */
  counts: Record<ProposalState, number>;
  /** The outcome values of completed proposals, summed per currency (amounts in different currencies do not add up), by currency code. */
  completedValue: Money[];
}

function proposalsOf(memberId: string | undefined): SQL | undefined {
  if (memberId === undefined) return undefined;
  return sql`EXISTS (SELECT 1 FROM ${proposalParties} WHERE ${proposalParties.proposalId} = ${proposals.id} AND ${proposalParties.userId} = ${memberId})
    AND (${proposals.state} <> 'draft' OR ${proposals.authorId} = ${memberId})`;
}

/** How many of the member's proposals are in each state. */
export async function proposalCountsByState(db: DbOrTx, memberId: string): Promise<Record<ProposalState, number>> {
  return countsByState(db, proposalsOf(memberId));
}

/** Counts by state and completed value per currency: a member's with `memberId`, the instance's without. */
export async function proposalTotals(db: DbOrTx, options: { memberId?: string } = {}): Promise<ProposalTotals> {
  const scope = proposalsOf(options.memberId);
  const values = await db
    .select({ currency: proposals.outcomeCurrency, amountCents: sql<number>`sum(${proposals.outcomeValueCents})`.mapWith(Number) })
    .from(proposals)
    .where(and(eq(proposals.state, 'completed'), scope))
    .groupBy(proposals.outcomeCurrency)
    .orderBy(proposals.outcomeCurrency);
  return {
    counts: await countsByState(db, scope),
    completedValue: values.map((row) => ({ currency: row.currency!, amountCents: row.amountCents })),
  };
}

async function countsByState(db: DbOrTx, scope: SQL | undefined): Promise<Record<ProposalState, number>> {
  const rows = await db
    .select({ state: proposals.state, count: sql<number>`count(*)`.mapWith(Number) })
    .from(proposals)
    .where(scope)
    .groupBy(proposals.state);
  const counts = Object.fromEntries(proposalStates.map((state) => [state, 0])) as Record<ProposalState, number>;
  for (const row of rows) counts[row.state] = row.count;
  return counts;
}
