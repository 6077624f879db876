import type { ReasonLabels, RelationIndex } from '../../matching/ranking/relation-index.ts';
import type { ConceptKind } from '../../matching/taxonomy/taxonomy.ts';
import type { DistributionKind } from './types.ts';

/** What idea generation needs from the taxonomy, as plain lookups by concept id. */
export interface IdeaContext {
  /** Symmetric: same clients, different offer. */
  complements: ReadonlyMap<string, ReadonlySet<string>>;
  /** Directed: a concept → the trades and customer types it typically supplies. */
  supplies: ReadonlyMap<string, ReadonlySet<string>>;
  /** Symmetric: substitutes for the same client. */
  competes: ReadonlyMap<string, ReadonlySet<string>>;
  spheres: ReadonlyMap<string, readonly string[]>;
  kinds: ReadonlyMap<string, ConceptKind>;
  /** Trades and business types that sell other people's products on, and how. */
  channels: ReadonlyMap<string, DistributionKind>;
  labels: Pick<ReasonLabels, 'concept' | 'sphere'>;
}

// The taxonomy has no "distributes" relation; a concept in these spheres (wine import, a wine shop,
// importers as a business type) is where a producer's goods go on to their buyers.
const channelSpheres: readonly (readonly [sphere: string, kind: DistributionKind])[] = [
  ['international-trade', 'distribution'],
  ['logistics-transport', 'distribution'],
  ['retail-fashion', 'reseller'],
];

function findChannels(spheres: ReadonlyMap<string, readonly string[]>): Map<string, DistributionKind> {
  const channels = new Map<string, DistributionKind>();
  for (const [concept, conceptSpheres] of spheres) {
    const channel = channelSpheres.find(([sphere]) => conceptSpheres.includes(sphere));
    if (channel) channels.set(concept, channel[1]);
  }
  return channels;
}

/** The idea context of a relation index, e.g. `ideaContextFrom(relationIndex())`. */
export function ideaContextFrom(relations: RelationIndex): IdeaContext {
  return {
    complements: relations.complements,
    supplies: relations.supplies,
    competes: relations.competes,
    spheres: relations.spheres,
    kinds: relations.kinds,
    channels: findChannels(relations.spheres),
    labels: relations.labels,
  };
}
