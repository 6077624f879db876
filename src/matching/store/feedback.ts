import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import type { Feedback } from '../ranking/types.ts';
import { matchFeedback } from './tables.ts';

export const feedbackKinds = ['interested', 'not-relevant', 'competitor'] as const satisfies readonly Feedback[];

/** The member's latest word on a candidate replaces any earlier one. */
export async function saveFeedback(db: DbOrTx, userId: string, candidateId: string, kind: Feedback): Promise<void> {
  await db
    .insert(matchFeedback)
    .values({ userId, candidateId, kind })
    .onConflictDoUpdate({
      target: [matchFeedback.userId, matchFeedback.candidateId],
      set: { kind: sql`excluded.kind`, createdAt: sql`excluded.created_at` },
    });
}

/** Everything the member has said about candidates, by candidate id. */
export async function feedbackOf(db: DbOrTx, userId: string): Promise<Record<string, Feedback>> {
  const rows = await db
    .select({ candidateId: matchFeedback.candidateId, kind: matchFeedback.kind })
    .from(matchFeedback)
    .where(eq(matchFeedback.userId, userId));
  return Object.fromEntries(rows.map((row) => [row.candidateId, row.kind]));
}

/** Every member's feedback, by member then candidate, for batch work over the whole community. */
export async function everyonesFeedback(db: DbOrTx): Promise<Map<string, Record<string, Feedback>>> {
  const rows = await db.select({ userId: matchFeedback.userId, candidateId: matchFeedback.candidateId, kind: matchFeedback.kind }).from(matchFeedback);
  const byMember = new Map<string, Record<string, Feedback>>();
  for (const { userId, candidateId, kind } of rows) {
    const own = byMember.get(userId) ?? {};
    own[candidateId] = kind;
    byMember.set(userId, own);
  }
  return byMember;
}
