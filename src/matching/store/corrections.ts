import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { correctionKey } from './phrase-concepts.ts';
import { conceptCorrections, type ConceptSide } from './tables.ts';

export interface Correction {
  side: ConceptSide;
  phrase: string;
  conceptIds: string[];
}

/** Each member's corrections, keyed by side and phrase (see correctionKey). */
export async function correctionsOf(db: DbOrTx, userIds: string[]): Promise<Map<string, Map<string, string[]>>> {
  const byUser = new Map(userIds.map((id) => [id, new Map<string, string[]>()]));
  if (!userIds.length) return byUser;
  const rows = await db.select().from(conceptCorrections).where(inArray(conceptCorrections.userId, userIds));
  for (const row of rows) byUser.get(row.userId)!.set(correctionKey(row.side, row.phrase), row.conceptIds);
  return byUser;
}

/** A phrase corrected again keeps only its latest reading. */
export async function saveCorrections(db: DbOrTx, userId: string, corrections: Correction[]): Promise<void> {
  if (!corrections.length) return;
  await db
    .insert(conceptCorrections)
    .values(corrections.map((c) => ({ userId, ...c })))
    .onConflictDoUpdate({
      target: [conceptCorrections.userId, conceptCorrections.side, conceptCorrections.phrase],
      set: { conceptIds: sql`excluded.concept_ids` },
    });
}

/**
 * Takes a concept that no longer exists out of members' corrections; a phrase corrected to that
 * concept alone goes back to its automatic reading.
 */
export async function forgetCorrectedConcept(db: DbOrTx, conceptId: string): Promise<void> {
  const ids = conceptCorrections.conceptIds;
  await db.delete(conceptCorrections).where(sql`${ids} = ARRAY[${conceptId}::text]`);
  await db
    .update(conceptCorrections)
    .set({ conceptIds: sql`array_remove(${ids}, ${conceptId}::text)` })
    .where(sql`${conceptId}::text = ANY(${ids})`);
}
