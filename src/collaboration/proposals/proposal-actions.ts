import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { dispatchEmails } from '../../mail/mailer.ts';
import { changedContent, changedFields, outcomeCurrency, partsOfParties, type ContentChange, type PartInput } from './content-input.ts';
import type { Money, ProposalAction, ProposalState } from './model.ts';
import { storeProposalEmails, type NoticeKind } from './notifications.ts';
import { refusal } from './problems.ts';
import { nextState } from './state-machine.ts';
import { contentOf, insertVersion, loadProposal, recordEvent, type LoadedProposal } from './store.ts';
import { proposalComments, proposalParties, proposals } from './tables.ts';
import { proposalView, type ProposalView } from './views.ts';

/** What an action did besides moving the state; 'unchanged' when there was nothing to do. */
type Effect = {
  version?: number;
  columns?: Partial<typeof proposals.$inferInsert>;
  details?: Record<string, unknown>;
  message?: string;
  outcome?: Money;
};
type Apply = (tx: DbOrTx, loaded: LoadedProposal, to: ProposalState, now: Date) => Promise<Effect | 'unchanged'>;

/** Who hears of a step: nobody while only the author knows the draft; acceptances only once the last one agrees it. */
function noticeKind(action: ProposalAction, from: ProposalState, to: ProposalState): NoticeKind | null {
  if (from === 'draft' && action !== 'send') return null;
  if (action === 'accept') return to === 'agreed' ? 'agreed' : null;
  return action;
}

/**
 * Runs one action as one transaction with the proposal row locked, so concurrent acceptances and
 * edits take turns: the state machine decides, the action writes, the change is audited and the
 * emails to the other parties are stored; they are dispatched once committed.
 */
async function act(ctx: AppContext, viewerId: string, proposalId: string, action: ProposalAction, claimedVersion: number | null, apply: Apply): Promise<ProposalView> {
  const emailIds = await ctx.database.db.transaction(async (tx) => {
    const now = new Date();
    const loaded = await loadProposal(tx, proposalId, viewerId, true);
    const { row, parties, role } = loaded;
    const accepted = (userId: string) => parties.some((party) => party.userId === userId && party.acceptedVersion === row.version);
    const transition = nextState(row.state, action, role, {
      currentVersion: row.version,
      claimedVersion,
      actorAccepted: accepted(viewerId),
      othersAccepted: parties.every((party) => party.userId === viewerId || accepted(party.userId)),
    });
    if (!transition.ok) throw refusal(transition.reason, row.version);
    const effect = await apply(tx, loaded, transition.state, now);
    if (effect === 'unchanged') return [];
    const version = effect.version ?? row.version;
    await tx
      .update(proposals)
      .set({ ...effect.columns, state: transition.state, version, updatedAt: now })
      .where(eq(proposals.id, row.id));
    await recordEvent(tx, row.id, { actorId: viewerId, action, fromState: row.state, toState: transition.state, version, details: effect.details });
    const kind = noticeKind(action, row.state, transition.state);
    if (!kind) return [];
    return storeProposalEmails(tx, ctx.config.publicUrl, {
      kind,
      proposalId: row.id,
      actorId: viewerId,
      recipientIds: parties.map((party) => party.userId).filter((id) => id !== viewerId),
      version,
      content: await contentOf(tx, row.id, version),
      message: effect.message,
      outcome: effect.outcome,
    });
  });
  await dispatchEmails(ctx.jobs, emailIds);
  return proposalView(ctx.database.db, viewerId, proposalId);
}

async function recordAcceptance(tx: DbOrTx, proposalId: string, userId: string, version: number, now: Date) {
  await tx
    .update(proposalParties)
    .set({ acceptedVersion: version, acceptedAt: now })
    .where(and(eq(proposalParties.proposalId, proposalId), eq(proposalParties.userId, userId)));
}

/** Sending counts as the author accepting the version sent. */
export const sendProposal = (ctx: AppContext, viewerId: string, proposalId: string) =>
  act(ctx, viewerId, proposalId, 'send', null, async (tx, { row }, _to, now) => {
    await recordAcceptance(tx, row.id, viewerId, row.version, now);
    return {};
  });

export type ProposalEdit = ContentChange & { version: number; contributions?: PartInput[] };

/**
 * A new version of the content, from the version the member read. Once sent, the editor accepts
 * what they wrote and everyone else is asked again; an edit that changes nothing does nothing.
 */
export const editProposal = (ctx: AppContext, viewerId: string, proposalId: string, { version: claimed, contributions = [], ...change }: ProposalEdit) =>
  act(ctx, viewerId, proposalId, 'edit', claimed, async (tx, { row }, to, now) => {
    const before = await contentOf(tx, row.id, row.version);
    const after = changedContent(before, change, await partsOfParties(tx, before.contributions, contributions));
    const changed = changedFields(before, after);
    if (!changed.length) return 'unchanged';
    const version = row.version + 1;
    await insertVersion(tx, row.id, version, viewerId, after);
    if (to !== 'draft') {
      await tx
        .update(proposalParties)
        .set({ acceptedVersion: null, acceptedAt: null })
        .where(and(eq(proposalParties.proposalId, row.id), ne(proposalParties.userId, viewerId)));
      await recordAcceptance(tx, row.id, viewerId, version, now);
    }
    return { version, details: { changed } };
  });

export const commentOnProposal = (ctx: AppContext, viewerId: string, proposalId: string, body: string) =>
  act(ctx, viewerId, proposalId, 'comment', null, async (tx, { row }) => {
    const [comment] = await tx
      .insert(proposalComments)
      .values({ proposalId: row.id, authorId: viewerId, version: row.version, body: body.trim() })
      .returning({ id: proposalComments.id });
    return { details: { commentId: comment!.id }, message: body.trim() };
  });

/** Accepts the version named, which must be the current one; the last acceptance agrees the proposal. */
export const acceptProposal = (ctx: AppContext, viewerId: string, proposalId: string, version: number) =>
  act(ctx, viewerId, proposalId, 'accept', version, async (tx, { row }, _to, now) => {
    await recordAcceptance(tx, row.id, viewerId, row.version, now);
    return {};
  });

export const startProposal = (ctx: AppContext, viewerId: string, proposalId: string) => act(ctx, viewerId, proposalId, 'start', null, async () => ({}));

export interface Completion {
  outcomeValueCents: number;
  /** ISO 4217; the estimate's currency, else EUR, when left out. */
  currency?: string;
  note?: string;
}

/** Completes an active proposal with the value it brought. */
export const completeProposal = (ctx: AppContext, viewerId: string, proposalId: string, completion: Completion) =>
  act(ctx, viewerId, proposalId, 'complete', null, async (tx, { row }) => {
    const outcome = { amountCents: completion.outcomeValueCents, currency: outcomeCurrency(completion.currency, await contentOf(tx, row.id, row.version)) };
    const note = completion.note?.trim() ?? '';
    return {
      columns: { outcomeValueCents: outcome.amountCents, outcomeCurrency: outcome.currency, outcomeNote: note },
      details: { ...outcome, note },
      outcome,
    };
  });

export const cancelProposal = (ctx: AppContext, viewerId: string, proposalId: string, reason: string) =>
  act(ctx, viewerId, proposalId, 'cancel', null, async () => ({ columns: { cancelReason: reason.trim() }, details: { reason: reason.trim() }, message: reason.trim() }));
