import { asc, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import type { AddedSynonym, TaxonomyAdditions } from '../taxonomy/merge.ts';
import type { Concept, Relation } from '../taxonomy/taxonomy.ts';
import { taxonomyConcepts, taxonomyRelations, taxonomySynonyms } from './tables.ts';

export type AddedConceptRow = typeof taxonomyConcepts.$inferSelect;
export type AddedSynonymRow = typeof taxonomySynonyms.$inferSelect;
export type AddedRelationRow = typeof taxonomyRelations.$inferSelect;

/** A concept to add, with the synonyms and relations it comes with. */
export interface NewConcept {
  concept: Concept;
  synonyms: AddedSynonym[];
  relations: Relation[];
}

// Oldest first, so the merged taxonomy (and how its ties break) is the same on every instance.
export const addedConceptRows = (db: DbOrTx): Promise<AddedConceptRow[]> =>
  db.select().from(taxonomyConcepts).orderBy(asc(taxonomyConcepts.addedAt), asc(taxonomyConcepts.id));

export const addedSynonymRows = (db: DbOrTx): Promise<AddedSynonymRow[]> =>
  db.select().from(taxonomySynonyms).orderBy(asc(taxonomySynonyms.addedAt), asc(taxonomySynonyms.id));

export const addedRelationRows = (db: DbOrTx): Promise<AddedRelationRow[]> =>
  db.select().from(taxonomyRelations).orderBy(asc(taxonomyRelations.conceptId), asc(taxonomyRelations.fromId), asc(taxonomyRelations.toId));

/** Every addition, in the shape the taxonomy has. */
export async function storedAdditions(db: DbOrTx): Promise<TaxonomyAdditions> {
  const concepts = await addedConceptRows(db);
  const synonyms = await addedSynonymRows(db);
  const relations = await addedRelationRows(db);
  return {
    concepts: concepts.map((row) => ({
      id: row.id,
      kind: row.kind,
      spheres: row.spheres,
      label: { es: row.labelEs, en: row.labelEn },
      synonyms: { es: [], en: [] },
    })),
    synonyms: synonyms.map(({ conceptId, locale, term }) => ({ conceptId, locale, term })),
    relations: relations.map(({ fromId, toId, type }) => ({ from: fromId, to: toId, type })),
  };
}

export async function insertSynonym(tx: DbOrTx, synonym: AddedSynonym, addedBy: string): Promise<string> {
  const [row] = await tx.insert(taxonomySynonyms).values({ ...synonym, addedBy }).returning({ id: taxonomySynonyms.id });
  return row!.id;
}

export async function insertConcept(tx: DbOrTx, { concept, synonyms, relations }: NewConcept, addedBy: string): Promise<void> {
  const { id, kind, spheres, label } = concept;
  await tx.insert(taxonomyConcepts).values({ id, kind, spheres: [...spheres], labelEs: label.es, labelEn: label.en, addedBy });
  if (synonyms.length) await tx.insert(taxonomySynonyms).values(synonyms.map((synonym) => ({ ...synonym, addedBy })));
  if (relations.length)
    await tx.insert(taxonomyRelations).values(relations.map(({ from, to, type }) => ({ conceptId: id, fromId: from, toId: to, type })));
}

/** Whether there was such a synonym. */
export async function deleteSynonym(tx: DbOrTx, id: string): Promise<boolean> {
  return (await tx.delete(taxonomySynonyms).where(eq(taxonomySynonyms.id, id)).returning({ id: taxonomySynonyms.id })).length > 0;
}

/** Removes an added concept with its synonyms and every relation to or from it; whether there was one. */
export async function deleteConcept(tx: DbOrTx, id: string): Promise<boolean> {
  const deleted = await tx.delete(taxonomyConcepts).where(eq(taxonomyConcepts.id, id)).returning({ id: taxonomyConcepts.id });
  if (!deleted.length) return false;
  await tx.delete(taxonomySynonyms).where(eq(taxonomySynonyms.conceptId, id));
  await tx.delete(taxonomyRelations).where(or(eq(taxonomyRelations.fromId, id), eq(taxonomyRelations.toId, id)));
  return true;
}
