import { and, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import type { Money, ReferralRole, ReferralStatus } from './model.ts';
import { referralNotFound } from './problems.ts';
import { referralEvents, referrals } from './tables.ts';

export type ReferralRow = typeof referrals.$inferSelect;

/** One change as it is audited and announced: who moved the referral from which status to which. */
export interface ReferralChange {
  actorId: string;
  from: ReferralStatus | null;
  to: ReferralStatus;
  note: string;
  value: Money | null;
}

export const roleOf = (row: ReferralRow, userId: string): ReferralRole => (row.giverId === userId ? 'giver' : 'receiver');
export const otherParty = (row: ReferralRow, userId: string) => (row.giverId === userId ? row.receiverId : row.giverId);
export const valueOf = (row: { valueCents: number | null; currency: string | null }): Money | null =>
  row.valueCents === null || row.currency === null ? null : { amountCents: row.valueCents, currency: row.currency };

/** The referral if `userId` gave or received it (locked for the transaction when asked); a 404 for anyone else. */
export async function referralOfParty(db: DbOrTx, referralId: string, userId: string, lock = false): Promise<ReferralRow> {
  const query = db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, referralId), or(eq(referrals.giverId, userId), eq(referrals.receiverId, userId))));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw referralNotFound();
  return row;
}

export async function recordEvent(tx: DbOrTx, referralId: string, change: ReferralChange): Promise<void> {
  await tx.insert(referralEvents).values({
    referralId,
    actorId: change.actorId,
    fromStatus: change.from,
    toStatus: change.to,
    note: change.note,
    valueCents: change.value?.amountCents ?? null,
    currency: change.value?.currency ?? null,
  });
}
