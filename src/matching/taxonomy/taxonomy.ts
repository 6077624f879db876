// The business concept taxonomy: what members offer and need (services, products, customer types,
// professions), the contact spheres they belong to (professions that share clients without
// competing, as in BNI), and the relations between concepts that make two people worth meeting.
// The data lives in taxonomy.json; this module only gives it types and a single loaded instance.
// Administrators' additions live in the database and are merged in by ../indexes.ts.
import data from './taxonomy.json' with { type: 'json' };

export const CONCEPT_KINDS = ['service', 'product', 'customer', 'profession'] as const;
/** service and product: what someone offers; customer: a type of client ("restaurants", "startups");
 *  profession: a role named after the person ("notary", "business angel", "electrician"). */
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export const RELATION_TYPES = ['complements', 'supplies', 'competes'] as const;
/** complements: same clients, different offer (symmetric, stored once per pair);
 *  supplies: `from` is a typical supplier of `to` (directed);
 *  competes: substitutes for the same client (symmetric, stored once per pair). */
export type RelationType = (typeof RELATION_TYPES)[number];
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set(['complements', 'competes']);

export type TaxonomyLocale = 'es' | 'en';
export type LocalizedText = Readonly<Record<TaxonomyLocale, string>>;
export type LocalizedTerms = Readonly<Record<TaxonomyLocale, readonly string[]>>;

export interface Sphere {
  /** kebab-case English, e.g. "weddings-events". */
  readonly id: string;
  readonly label: LocalizedText;
}

export interface Concept {
  /** kebab-case English, e.g. "wedding-photography". */
  readonly id: string;
  readonly kind: ConceptKind;
  /** One or two sphere ids (a concept an administrator added may have none). */
  readonly spheres: readonly string[];
  readonly label: LocalizedText;
  /** How people write it, with accents, in singular/plural and masculine/feminine forms;
   *  the label is not repeated here. No normalised synonym belongs to two concepts. */
  readonly synonyms: LocalizedTerms;
  /** Names of the professional who offers it (also present in synonyms); absent for customer types. */
  readonly profession?: LocalizedTerms;
}

export interface Relation {
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
}

export interface Taxonomy {
  readonly spheres: readonly Sphere[];
  readonly concepts: readonly Concept[];
  readonly relations: readonly Relation[];
}

let loaded: Taxonomy | undefined;

/** The taxonomy, loaded once and frozen (callers share it, so nobody may change it). */
export function loadTaxonomy(): Taxonomy {
  loaded ??= deepFreeze(data as Taxonomy);
  return loaded;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
