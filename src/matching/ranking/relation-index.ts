import type { Locale } from '../../i18n/locale.ts';
import { buildConceptIndex, type ConceptIndex } from '../concepts/concept-index.ts';
import type { ConceptKind, Taxonomy } from '../taxonomy/taxonomy.ts';
import { findGoalConcepts } from './goal-concepts.ts';
import type { SeekingGoal } from './types.ts';

/** Names for the ids a reason carries, in the viewer's language. */
export interface ReasonLabels {
  concept(id: string, locale: Locale): string;
  sphere(id: string, locale: Locale): string;
  /** Community names live in the database; without them the slug is shown. */
  community?(slug: string, locale: Locale): string;
}

/** The taxonomy turned into lookups by concept id, built once and shared by every ranking. */
export interface RelationIndex {
  /** Symmetric. */
  complements: ReadonlyMap<string, ReadonlySet<string>>;
  /** Directed: a concept → the concepts (businesses or customer types) it typically supplies. */
  supplies: ReadonlyMap<string, ReadonlySet<string>>;
  /** Symmetric. */
  competes: ReadonlyMap<string, ReadonlySet<string>>;
  spheres: ReadonlyMap<string, readonly string[]>;
  kinds: ReadonlyMap<string, ConceptKind>;
  /** Offers that satisfy a goal such as "investors" or "mentors". */
  goalConcepts: ReadonlyMap<SeekingGoal, ReadonlySet<string>>;
  labels: ReasonLabels;
}

function link(map: Map<string, Set<string>>, from: string, to: string): void {
  const set = map.get(from);
  if (set) set.add(to);
  else map.set(from, new Set([to]));
}

export function buildRelationIndex(
  taxonomy: Taxonomy,
  conceptIndex: ConceptIndex = buildConceptIndex(taxonomy),
): RelationIndex {
  const complements = new Map<string, Set<string>>();
  const supplies = new Map<string, Set<string>>();
  const competes = new Map<string, Set<string>>();
  for (const { from, to, type } of taxonomy.relations) {
    if (type === 'supplies') {
      link(supplies, from, to);
      continue;
    }
    const map = type === 'complements' ? complements : competes;
    link(map, from, to);
    link(map, to, from);
  }

  const conceptLabels = new Map(taxonomy.concepts.map((c) => [c.id, c.label]));
  const sphereLabels = new Map(taxonomy.spheres.map((s) => [s.id, s.label]));
  return {
    complements,
    supplies,
    competes,
    spheres: new Map(taxonomy.concepts.map((c) => [c.id, c.spheres])),
    kinds: new Map(taxonomy.concepts.map((c) => [c.id, c.kind])),
    goalConcepts: findGoalConcepts(taxonomy, conceptIndex),
    labels: {
      concept: (id, locale) => conceptLabels.get(id)?.[locale] ?? id,
      sphere: (id, locale) => sphereLabels.get(id)?.[locale] ?? id,
    },
  };
}
