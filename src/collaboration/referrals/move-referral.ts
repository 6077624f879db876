import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { commitChange } from './commit-change.ts';
import { checkOutcome } from './input.ts';
import type { ReceiverStatus, ReferralStatus } from './model.ts';
import { refusedMove } from './problems.ts';
import { referralOfParty, roleOf, type ReferralRow } from './store.ts';
import { refusalOf } from './transitions.ts';
import { referrals } from './tables.ts';

export interface StatusChange {
  status: ReceiverStatus;
  valueCents?: number;
  currency?: string;
  note?: string;
}

const finalStatuses: ReferralStatus[] = ['won', 'lost', 'withdrawn'];

/**
 * Moves a referral of the actor's, locked for the transaction, if the transition rules allow it;
 * the value is checked once the move is known to be the actor's to make.
 */
function move(ctx: AppContext, actorId: string, referralId: string, change: { status: ReferralStatus; note?: string; valueCents?: number; currency?: string }) {
  const to = change.status;
  return commitChange(ctx, async (tx) => {
    const current = await referralOfParty(tx, referralId, actorId, true);
    const role = roleOf(current, actorId);
    const refusal = refusalOf(role, current.status, to);
    if (refusal) throw refusedMove(refusal, role);
    const value = to === 'withdrawn' ? null : checkOutcome(to, change);
    const [row] = await tx
      .update(referrals)
      .set({
        status: to,
        valueCents: value?.amountCents ?? null,
        currency: value?.currency ?? null,
        closedAt: finalStatuses.includes(to) ? sql`now()` : null,
        updatedAt: sql`now()`,
      })
      .where(eq(referrals.id, referralId))
      .returning();
    return { row: row!, change: { actorId, from: current.status, to, note: change.note?.trim() ?? '', value } };
  });
}

/** The receiver reports progress; "won" carries the closed business value, credited to the giver. */
export const changeStatus = (ctx: AppContext, actorId: string, referralId: string, change: StatusChange): Promise<ReferralRow> =>
  move(ctx, actorId, referralId, change);

/** The giver takes back a referral nobody has acted on yet. */
export const withdrawReferral = (ctx: AppContext, actorId: string, referralId: string, note?: string): Promise<ReferralRow> =>
  move(ctx, actorId, referralId, { status: 'withdrawn', note });
