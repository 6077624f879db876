import type { Relation } from '../taxonomy/taxonomy.ts';

/**
 * How an administrator relates a new concept to an existing one, seen from the new concept:
 * it complements, competes with, supplies, or is supplied by the other.
 */
export const relationChoices = ['complements', 'competes', 'supplies', 'supplied-by'] as const;
export type RelationChoice = (typeof relationChoices)[number];

export interface ConceptRelation {
  type: RelationChoice;
  conceptId: string;
}

export function toRelation(conceptId: string, { type, conceptId: other }: ConceptRelation): Relation {
  return type === 'supplied-by' ? { from: other, to: conceptId, type: 'supplies' } : { from: conceptId, to: other, type };
}

/** A stored relation as seen from one of its two concepts. */
export function fromRelation(conceptId: string, { from, to, type }: Relation): ConceptRelation {
  if (type === 'supplies' && to === conceptId) return { type: 'supplied-by', conceptId: from };
  return { type, conceptId: from === conceptId ? to : from };
}
