import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import { relationIndex } from '../indexes.ts';
import type { ConceptKind, LocalizedText, TaxonomyLocale } from '../taxonomy/taxonomy.ts';
import { fromRelation, type RelationChoice } from './relation-choice.ts';
import { addedConceptRows, addedRelationRows, addedSynonymRows } from './store.ts';

/** The member who made an addition (null once their account is gone). */
export type AddedBy = { name: string; slug: string } | null;

export interface ConceptAddition {
  id: string;
  kind: ConceptKind;
  label: LocalizedText;
  spheres: { id: string; label: string }[];
  relations: { type: RelationChoice; conceptId: string; label: string }[];
  addedBy: AddedBy;
  addedAt: string;
}

export interface SynonymAddition {
  id: string;
  conceptId: string;
  conceptLabel: string;
  locale: TaxonomyLocale;
  term: string;
  addedBy: AddedBy;
  addedAt: string;
}

/** What administrators added to the taxonomy, newest first, names in the viewer's language. */
export interface TaxonomyAdditionsView {
  concepts: ConceptAddition[];
  synonyms: SynonymAddition[];
}

export async function additionsView(db: DbOrTx, locale: Locale): Promise<TaxonomyAdditionsView> {
  const concepts = await addedConceptRows(db);
  const synonyms = await addedSynonymRows(db);
  const relations = await addedRelationRows(db);
  const people = await profilesOf(db, [...new Set([...concepts, ...synonyms].flatMap((row) => row.addedBy ?? []))]);
  const addedBy = (userId: string | null): AddedBy => {
    const profile = userId ? people.get(userId) : undefined;
    return profile ? { name: profile.name, slug: profile.slug } : null;
  };
  const { labels } = relationIndex();
  return {
    concepts: concepts.reverse().map((row) => ({
      id: row.id,
      kind: row.kind,
      label: { es: row.labelEs, en: row.labelEn },
      spheres: row.spheres.map((id) => ({ id, label: labels.sphere(id, locale) })),
      relations: relations
        .filter((relation) => relation.conceptId === row.id)
        .map(({ fromId, toId, type }) => fromRelation(row.id, { from: fromId, to: toId, type }))
        .map((relation) => ({ ...relation, label: labels.concept(relation.conceptId, locale) })),
      addedBy: addedBy(row.addedBy),
      addedAt: row.addedAt.toISOString(),
    })),
    synonyms: synonyms.reverse().map((row) => ({
      id: row.id,
      conceptId: row.conceptId,
      conceptLabel: labels.concept(row.conceptId, locale),
      locale: row.locale,
      term: row.term,
      addedBy: addedBy(row.addedBy),
      addedAt: row.addedAt.toISOString(),
    })),
  };
}
