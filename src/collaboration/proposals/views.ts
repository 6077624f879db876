import { asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { toMemberCard, type MemberCard } from '../../profiles/member-views.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import type { Money, ProposalContent, ProposalEventKind, ProposalFormat, ProposalState } from './model.ts';
import { loadProposal, toContent, type LoadedProposal } from './store.ts';
import { proposalComments, proposalEvents, proposalVersions } from './tables.ts';

/** A member named in comments, history and versions. */
export interface PersonRef {
  slug: string;
  name: string;
}

/** The content of a version as clients see it: each part named by the member's slug. */
export interface ContentView extends Omit<ProposalContent, 'contributions'> {
  contributions: { member: string; gives: string; gets: string }[];
}

export interface PartyView {
  member: MemberCard;
  role: 'author' | 'party';
  gives: string;
  gets: string;
  /** The current version once this member accepted it; null until then (an edit asks everyone again). */
  acceptedVersion: number | null;
  acceptedAt: string | null;
}

export interface ProposalView extends ContentView {
  id: string;
  state: ProposalState;
  version: number;
  role: 'author' | 'party';
  meetingId: string | null;
  parties: PartyView[];
  outcome: (Money & { note: string }) | null;
  cancelReason: string | null;
  comments: { id: number; by: PersonRef; version: number; body: string; at: string }[];
  /** Every change, oldest first: who, when, what, from which state to which, at which version. */
  history: { at: string; by: PersonRef; action: ProposalEventKind; fromState: ProposalState | null; toState: ProposalState; version: number; details: Record<string, unknown> }[];
  /** Every version of the content, newest first. */
  versions: (ContentView & { version: number; by: PersonRef; at: string })[];
  createdAt: string;
  updatedAt: string;
}

/** A proposal in a list: enough to show it and to say whether the viewer's acceptance is awaited. */
export interface ProposalSummary {
  id: string;
  state: ProposalState;
  version: number;
  role: 'author' | 'party';
  format: ProposalFormat;
  title: string;
  parties: PersonRef[];
  /** Sent or under discussion and the viewer has not accepted the current version. */
  awaitsYou: boolean;
  updatedAt: string;
}

/** The proposal as one of its parties sees it (a 404 for anyone else). */
export async function proposalView(db: DbOrTx, viewerId: string, proposalId: string): Promise<ProposalView> {
  return toProposalView(db, viewerId, await loadProposal(db, proposalId, viewerId));
}

async function toProposalView(db: DbOrTx, viewerId: string, { row, parties }: LoadedProposal): Promise<ProposalView> {
  const versions = await db.select().from(proposalVersions).where(eq(proposalVersions.proposalId, row.id)).orderBy(desc(proposalVersions.version));
  const comments = await db.select().from(proposalComments).where(eq(proposalComments.proposalId, row.id)).orderBy(asc(proposalComments.id));
  const events = await db.select().from(proposalEvents).where(eq(proposalEvents.proposalId, row.id)).orderBy(asc(proposalEvents.id));
  const people = await profilesOf(db, parties.map((party) => party.userId));
  const ref = (userId: string): PersonRef => {
    const profile = people.get(userId)!;
    return { slug: profile.slug, name: profile.name };
  };
  const contentView = (content: ProposalContent): ContentView => ({
    ...content,
    contributions: content.contributions.map(({ userId, gives, gets }) => ({ member: ref(userId).slug, gives, gets })),
  });
  const current = toContent(versions.find((v) => v.version === row.version)!);
  return {
    id: row.id,
    state: row.state,
    version: row.version,
    role: row.authorId === viewerId ? 'author' : 'party',
    meetingId: row.meetingId,
    ...contentView(current),
    parties: parties.map((party) => {
      const part = current.contributions.find((c) => c.userId === party.userId);
      return {
        member: toMemberCard(people.get(party.userId)!),
        role: party.userId === row.authorId ? 'author' : 'party',
        gives: part?.gives ?? '',
        gets: part?.gets ?? '',
        acceptedVersion: party.acceptedVersion,
        acceptedAt: party.acceptedAt?.toISOString() ?? null,
      };
    }),
    outcome: row.outcomeValueCents === null ? null : { amountCents: row.outcomeValueCents, currency: row.outcomeCurrency!, note: row.outcomeNote },
    cancelReason: row.cancelReason,
    comments: comments.map((c) => ({ id: c.id, by: ref(c.authorId), version: c.version, body: c.body, at: c.createdAt.toISOString() })),
    history: events.map((e) => ({
      at: e.at.toISOString(),
      by: ref(e.actorId),
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      version: e.version,
      details: e.details,
    })),
    versions: versions.map((v) => ({ version: v.version, by: ref(v.editorId), at: v.createdAt.toISOString(), ...contentView(toContent(v)) })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
