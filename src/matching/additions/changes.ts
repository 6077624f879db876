import type { Db, DbOrTx } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { conceptIndex, currentTaxonomy } from '../indexes.ts';
import { forgetCorrectedConcept } from '../store/corrections.ts';
import { queueMatchProfileRefresh } from './refresh-job.ts';
import { deleteConcept, deleteSynonym, insertConcept, insertSynonym } from './store.ts';
import { syncTaxonomyAdditions } from './sync.ts';
import { validateConcept, validateSynonym, vocabularyOf, type ConceptInput, type SynonymInput } from './validate.ts';
import { bumpAdditionsVersion, lockAdditions } from './version.ts';
import { additionsView, type ConceptAddition, type SynonymAddition } from './views.ts';

// Administrators' changes to the taxonomy. Who may make them is checked by the routes
// (requireTaxonomyEditor) before the input is even read.

export interface TaxonomyChangeContext {
  db: Db;
  jobs: JobQueue;
}

const additionNotFound = () => notFound('problem.additionNotFound.detail');

/**
 * Runs one change: changes apply one at a time (a row lock) and are checked against the latest
 * taxonomy, which other instances may have changed. After the commit this instance's indexes are
 * rebuilt and every member's match profile is queued for recomputation.
 */
async function changeAdditions<T>({ db, jobs }: TaxonomyChangeContext, change: (tx: DbOrTx) => Promise<T>): Promise<T> {
  const result = await db.transaction(async (tx) => {
    await lockAdditions(tx);
    await syncTaxonomyAdditions(tx);
    const value = await change(tx);
    await bumpAdditionsVersion(tx);
    return value;
  });
  // Outside the transaction: on PGlite a job sent inside it would wait for a connection the transaction holds.
  await queueMatchProfileRefresh(jobs, await syncTaxonomyAdditions(db));
  return result;
}

const vocabulary = () => vocabularyOf(currentTaxonomy(), conceptIndex());

export async function addSynonym(ctx: TaxonomyChangeContext, addedBy: string, input: SynonymInput, locale: Locale): Promise<SynonymAddition> {
  const id = await changeAdditions(ctx, (tx) => insertSynonym(tx, validateSynonym(vocabulary(), input, locale), addedBy));
  return (await additionsView(ctx.db, locale)).synonyms.find((synonym) => synonym.id === id)!;
}

export async function addConcept(ctx: TaxonomyChangeContext, addedBy: string, input: ConceptInput, locale: Locale): Promise<ConceptAddition> {
  const id = await changeAdditions(ctx, async (tx) => {
    const concept = validateConcept(vocabulary(), input, locale);
    await insertConcept(tx, concept, addedBy);
    return concept.concept.id;
  });
  return (await additionsView(ctx.db, locale)).concepts.find((concept) => concept.id === id)!;
}

export async function removeSynonym(ctx: TaxonomyChangeContext, id: string): Promise<void> {
  await changeAdditions(ctx, async (tx) => {
    if (!(await deleteSynonym(tx, id))) throw additionNotFound();
  });
}

/** Removes an added concept, its synonyms and relations, and takes it out of members' corrections. */
export async function removeConcept(ctx: TaxonomyChangeContext, id: string): Promise<void> {
  await changeAdditions(ctx, async (tx) => {
    if (!(await deleteConcept(tx, id))) throw additionNotFound();
    await forgetCorrectedConcept(tx, id);
  });
}
