import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import type { ProposalContent, ProposalEventKind, ProposalState } from './model.ts';
import { proposalNotFound } from './problems.ts';
import { canSee, type ActorRole } from './state-machine.ts';
import { proposalEvents, proposalParties, proposals, proposalVersions } from './tables.ts';

export type ProposalRow = typeof proposals.$inferSelect;
export type PartyRow = typeof proposalParties.$inferSelect;

/** A proposal with its parties (author first) and the role of the member looking at it. */
export interface LoadedProposal {
  row: ProposalRow;
  parties: PartyRow[];
  role: ActorRole;
}

export const roleOf = (row: ProposalRow, parties: PartyRow[], userId: string): ActorRole =>
  row.authorId === userId ? 'author' : parties.some((party) => party.userId === userId) ? 'party' : 'outsider';

/**
 * The proposal as `userId` may see it, locked for the transaction when asked (so concurrent
 * acceptances and edits take turns); a 404 when it does not exist, and — so its existence never
 * leaks — when the member is not on it or it is a draft of someone else's.
 */
export async function loadProposal(db: DbOrTx, proposalId: string, userId: string, lock = false): Promise<LoadedProposal> {
  const query = db.select().from(proposals).where(eq(proposals.id, proposalId));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw proposalNotFound();
  const parties = await db.select().from(proposalParties).where(eq(proposalParties.proposalId, proposalId)).orderBy(asc(proposalParties.position));
  const role = roleOf(row, parties, userId);
  // Actions leave the refusal to the state machine; a reader is turned away here.
  if (!lock && !canSee(row.state, role)) throw proposalNotFound();
  return { row, parties, role };
}

/** The content of one version of a proposal. */
export async function contentOf(db: DbOrTx, proposalId: string, version: number): Promise<ProposalContent> {
  const [row] = await db
    .select()
    .from(proposalVersions)
    .where(and(eq(proposalVersions.proposalId, proposalId), eq(proposalVersions.version, version)));
  return toContent(row!);
}

export const toContent = (row: typeof proposalVersions.$inferSelect): ProposalContent => ({
  format: row.format,
  title: row.title,
  description: row.description,
  // Rebuilt key by key: jsonb keeps keys in its own order, and versions are compared as JSON.
  contributions: row.contributions.map(({ userId, gives, gets }) => ({ userId, gives, gets })),
  estimatedValue: row.estimatedValueCents === null ? null : { amountCents: row.estimatedValueCents, currency: row.estimatedCurrency! },
  nextSteps: row.nextSteps,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
});

export async function insertVersion(tx: DbOrTx, proposalId: string, version: number, editorId: string, content: ProposalContent): Promise<void> {
  await tx.insert(proposalVersions).values({
    proposalId,
    version,
    editorId,
    format: content.format,
    title: content.title,
    description: content.description,
    contributions: content.contributions,
    estimatedValueCents: content.estimatedValue?.amountCents ?? null,
    estimatedCurrency: content.estimatedValue?.currency ?? null,
    nextSteps: content.nextSteps,
    startsOn: content.startsOn,
    endsOn: content.endsOn,
  });
}

export interface ProposalEvent {
  actorId: string;
  action: ProposalEventKind;
  fromState: ProposalState | null;
  toState: ProposalState;
  version: number;
  details?: Record<string, unknown>;
}

export async function recordEvent(tx: DbOrTx, proposalId: string, event: ProposalEvent): Promise<void> {
  await tx.insert(proposalEvents).values({ proposalId, ...event, details: event.details ?? {} });
}
