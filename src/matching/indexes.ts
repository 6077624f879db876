import { buildConceptIndex, type ConceptIndex } from './concepts/concept-index.ts';
import { buildRelationIndex, type RelationIndex } from './ranking/relation-index.ts';
import { mergeTaxonomy, noAdditions, type TaxonomyAdditions } from './taxonomy/merge.ts';
import { loadTaxonomy, type Taxonomy } from './taxonomy/taxonomy.ts';

// The shipped taxonomy plus the administrators' additions installed from the database (see
// additions/sync.ts). Built on first use and kept until the additions change: a few hundred
// milliseconds that the CLI commands which never match should not pay.
let additions: TaxonomyAdditions = noAdditions;
let additionsVersion: number | undefined;
let taxonomy: Taxonomy | undefined;
let concepts: ConceptIndex | undefined;
let relations: RelationIndex | undefined;

export function currentTaxonomy(): Taxonomy {
  taxonomy ??= mergeTaxonomy(loadTaxonomy(), additions);
  return taxonomy;
}

export function conceptIndex(): ConceptIndex {
  concepts ??= buildConceptIndex(currentTaxonomy());
  return concepts;
}

export function relationIndex(): RelationIndex {
  relations ??= buildRelationIndex(currentTaxonomy(), conceptIndex());
  return relations;
}

/** Replaces the additions the indexes include, as stored at `version`; the indexes are rebuilt on next use. */
export function installTaxonomyAdditions(next: TaxonomyAdditions, version: number): void {
  additions = next;
  additionsVersion = version;
  taxonomy = concepts = relations = undefined;
}

/** The version of the additions installed, undefined while only the shipped taxonomy is. */
export function installedAdditionsVersion(): number | undefined {
  return additionsVersion;
}
