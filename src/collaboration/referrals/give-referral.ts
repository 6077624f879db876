import type { AppContext } from '../../app-context.ts';
import { blockBetween, hasBlocked } from '../../connections/blocks.ts';
import type { DbOrTx } from '../../db/database.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { meetingOfParty } from '../../meetings/meeting-store.ts';
import type { ProfileRow } from '../../profiles/profiles.ts';
import { visibleProfileBySlug } from '../../profiles/visibility.ts';
import { commitChange } from './commit-change.ts';
import { checkContact, type ContactInput } from './input.ts';
import type { Warmth } from './model.ts';
import { receiverNotFound, referralBlocked, referralToSelf } from './problems.ts';
import { referrals } from './tables.ts';
import type { ReferralRow } from './store.ts';

export interface NewReferral {
  /** The receiver's profile slug. */
  to: string;
  contact: ContactInput;
  need: string;
  warmth: Warmth;
  consent: boolean;
  meetingId?: string;
}

/**
 * The member at `slug`, if one may pass them a referral: yourself is a 400, someone you blocked a
 * 403, someone unknown or hidden from you (which includes having blocked you) a 404.
 */
async function receiverAt(db: DbOrTx, giverId: string, slug: string): Promise<ProfileRow> {
  const member = await visibleProfileBySlug(db, slug, giverId);
  if (!member) throw (await hasBlocked(db, giverId, slug)) ? referralBlocked() : receiverNotFound();
  if (member.userId === giverId) throw referralToSelf();
  return member;
}

/** A referral may name the giver's meeting it came from, never someone else's. */
async function checkMeeting(db: DbOrTx, meetingId: string, giverId: string): Promise<void> {
  try {
    await meetingOfParty(db, meetingId, giverId);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) throw fieldProblem('meetingId', 'validation.referral.meeting');
    throw error;
  }
}

/** The giver passes a third party's contact, with their consent, to a member who offers what they need. */
export async function giveReferral(ctx: AppContext, giverId: string, input: NewReferral): Promise<ReferralRow> {
  const { db } = ctx.database;
  const contact = checkContact(input.contact, input.consent);
  const receiver = await receiverAt(db, giverId, input.to);
  if (input.meetingId) await checkMeeting(db, input.meetingId, giverId);
  return commitChange(ctx, async (tx) => {
    if (await blockBetween(tx, giverId, receiver.userId)) throw referralBlocked();
    const [row] = await tx
      .insert(referrals)
      .values({
        giverId,
        receiverId: receiver.userId,
        meetingId: input.meetingId ?? null,
        contactName: contact.name,
        contactEmail: contact.email,
        contactPhone: contact.phone,
        contactCompany: contact.company,
        need: input.need.trim(),
        warmth: input.warmth,
        consent: input.consent,
      })
      .returning();
    return { row: row!, change: { actorId: giverId, from: null, to: 'new', note: '', value: null } };
  });
}
