import { buildConceptIndex, type ConceptIndex } from './concepts/concept-index.ts';
import { buildRelationIndex, type RelationIndex } from './ranking/relation-index.ts';
import { loadTaxonomy } from './taxonomy/taxonomy.ts';

// Built on first use and kept for the life of the process: a few hundred milliseconds that the CLI
// commands which never match should not pay.
let concepts: ConceptIndex | undefined;
let relations: RelationIndex | undefined;

export function conceptIndex(): ConceptIndex {
  concepts ??= buildConceptIndex(loadTaxonomy());
  return concepts;
}

export function relationIndex(): RelationIndex {
  relations ??= buildRelationIndex(loadTaxonomy(), conceptIndex());
  return relations;
}
