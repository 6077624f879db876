import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { fieldProblem } from '../../http/problem.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import type { ProposalState } from './model.ts';
import { proposalParties, proposals, proposalVersions } from './tables.ts';
import type { ProposalSummary } from './views.ts';

export interface ProposalPage {
  state?: ProposalState;
  /** A `next` from an earlier answer; none for the first page. */
  before?: string;
  limit: number;
}

// Newest change first, then id: a stable order to page through (updated_at is set from the app, in milliseconds).
const toCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

function fromCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const instant = new Date(at ?? '');
  if (Number.isNaN(instant.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) throw fieldProblem('before', 'validation.badCursor');
  return { at: instant, id: id! };
}

/** A page of the proposals the viewer is on (someone else's drafts are not theirs to see), newest change first. */
export async function listProposals(db: DbOrTx, viewerId: string, page: ProposalPage): Promise<{ items: ProposalSummary[]; next: string | null }> {
  const after = page.before ? fromCursor(page.before) : undefined;
  const rows = await db
    .select({ proposal: proposals, format: proposalVersions.format, title: proposalVersions.title, yourAcceptance: proposalParties.acceptedVersion })
    .from(proposals)
    .innerJoin(proposalParties, and(eq(proposalParties.proposalId, proposals.id), eq(proposalParties.userId, viewerId)))
    .innerJoin(proposalVersions, and(eq(proposalVersions.proposalId, proposals.id), eq(proposalVersions.version, proposals.version)))
    .where(
      and(
        or(sql`${proposals.state} <> 'draft'`, eq(proposals.authorId, viewerId)),
        page.state ? eq(proposals.state, page.state) : undefined,
        after ? sql`(${proposals.updatedAt}, ${proposals.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(proposals.updatedAt), desc(proposals.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const parties = shown.length
    ? await db.select().from(proposalParties).where(inArray(proposalParties.proposalId, shown.map((r) => r.proposal.id))).orderBy(asc(proposalParties.position))
    : [];
  const people = await profilesOf(db, [...new Set(parties.map((party) => party.userId))]);
  const items = shown.map(({ proposal, format, title, yourAcceptance }): ProposalSummary => ({
    id: proposal.id,
    state: proposal.state,
    version: proposal.version,
    role: proposal.authorId === viewerId ? 'author' : 'party',
    format,
    title,
    parties: parties
      .filter((party) => party.proposalId === proposal.id)
      .map((party) => ({ slug: people.get(party.userId)!.slug, name: people.get(party.userId)!.name })),
    awaitsYou: (proposal.state === 'sent' || proposal.state === 'discussing') && yourAcceptance !== proposal.version,
    updatedAt: proposal.updatedAt.toISOString(),
  }));
  const last = shown.at(-1);
  return { items, next: rows.length > page.limit && last ? toCursor(last.proposal.updatedAt, last.proposal.id) : null };
}
