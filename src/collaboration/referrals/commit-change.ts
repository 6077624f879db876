import type { AppContext } from '../../app-context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { dispatchEmails } from '../../mail/mailer.ts';
import { storeChangeEmail } from './notifications.ts';
import { recordEvent, type ReferralChange, type ReferralRow } from './store.ts';

/**
 * Runs one referral change as one transaction — the row, its audit entry and the email to the
 * other party — and enqueues the email once committed (on PGlite a job sent inside the
 * transaction would wait for the transaction's own connection). A refusal leaves nothing behind.
 */
export async function commitChange(ctx: AppContext, work: (tx: DbOrTx) => Promise<{ row: ReferralRow; change: ReferralChange }>): Promise<ReferralRow> {
  const { row, emailId } = await ctx.database.db.transaction(async (tx) => {
    const { row, change } = await work(tx);
    await recordEvent(tx, row.id, change);
    return { row, emailId: await storeChangeEmail(tx, ctx.config.publicUrl, row, change) };
  });
  await dispatchEmails(ctx.jobs, [emailId]);
  return row;
}
