import type { AppContext } from '../../app-context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { meetingOfParty } from '../../meetings/meeting-store.ts';
import { changedContent, resolveParties, type ContentChange } from './content-input.ts';
import type { ProposalContent, ProposalFormat } from './model.ts';
import { insertVersion, recordEvent } from './store.ts';
import { proposalParties, proposals } from './tables.ts';
import { proposalView, type ProposalView } from './views.ts';

type Part = { gives?: string; gets?: string };

export interface NewProposal extends ContentChange {
  format: ProposalFormat;
  title: string;
  /** The other members, by profile slug, each with their part. */
  parties: (Part & { member: string })[];
  /** The author's own part. */
  yours?: Part;
  /** The meeting it came from: one of the author's. */
  meetingId?: string;
}

/** A meeting id must name one of the author's meetings; anything else is a field error, not a 404. */
async function checkMeeting(tx: DbOrTx, meetingId: string, authorId: string): Promise<void> {
  try {
    await meetingOfParty(tx, meetingId, authorId);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) throw fieldProblem('meetingId', 'problem.meetingNotFound.detail');
    throw error;
  }
}

/** Creates a draft only its author sees until it is sent: version 1, the author first among the parties. */
export async function createProposal(ctx: AppContext, authorId: string, input: NewProposal): Promise<ProposalView> {
  const id = await ctx.database.db.transaction(async (tx) => {
    const partyIds = await resolveParties(tx, authorId, input.parties.map((party) => party.member));
    if (input.meetingId) await checkMeeting(tx, input.meetingId, authorId);
    const members = [authorId, ...partyIds];
    const blank: ProposalContent = {
      format: input.format,
      title: '',
      description: '',
      contributions: members.map((userId) => ({ userId, gives: '', gets: '' })),
      estimatedValue: null,
      nextSteps: '',
      startsOn: null,
      endsOn: null,
    };
    const parts = [{ ...input.yours }, ...input.parties].map(({ gives, gets }, index) => ({ userId: members[index]!, gives, gets }));
    const content = changedContent(blank, input, parts);
    const now = new Date();
    const [row] = await tx
      .insert(proposals)
      .values({ authorId, meetingId: input.meetingId ?? null, createdAt: now, updatedAt: now })
      .returning({ id: proposals.id });
    await tx.insert(proposalParties).values(members.map((userId, position) => ({ proposalId: row!.id, userId, position })));
    await insertVersion(tx, row!.id, 1, authorId, content);
    await recordEvent(tx, row!.id, { actorId: authorId, action: 'created', fromState: null, toState: 'draft', version: 1 });
    return row!.id;
  });
  return proposalView(ctx.database.db, authorId, id);
}
