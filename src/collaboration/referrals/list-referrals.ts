import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { fieldProblem } from '../../http/problem.ts';
import type { ReferralRow } from './store.ts';
import { referrals } from './tables.ts';
import { toReferralSummaries, type ReferralSummary } from './views.ts';

export interface ReferralPage {
  items: ReferralSummary[];
  /** The `before` of the next page; null after the last. */
  next: string | null;
}

const toCursor = (row: ReferralRow) => Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');

function fromCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const instant = new Date(at ?? '');
  if (Number.isNaN(instant.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) throw fieldProblem('before', 'validation.badCursor');
  return { at: instant, id: id! };
}

/** A page of the referrals the member gave or received, newest first. */
export async function listReferrals(
  db: DbOrTx,
  memberId: string,
  page: { role: 'given' | 'received'; before?: string; limit: number },
): Promise<ReferralPage> {
  const after = page.before ? fromCursor(page.before) : undefined;
  const rows = await db
    .select()
    .from(referrals)
    .where(
      and(
        eq(page.role === 'given' ? referrals.giverId : referrals.receiverId, memberId),
        after ? sql`(${referrals.createdAt}, ${referrals.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(referrals.createdAt), desc(referrals.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  return { items: await toReferralSummaries(db, memberId, shown), next: rows.length > page.limit ? toCursor(shown.at(-1)!) : null };
}
