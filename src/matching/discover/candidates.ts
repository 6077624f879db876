import { and, desc, sql, type AnyColumn } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import type { RelationIndex } from '../ranking/relation-index.ts';
import type { MatchProfile } from '../ranking/types.ts';
import { referralPlacesSought } from '../referral-places.ts';
import { rankingColumns, referralKeys, type RankingRow } from '../store/match-profile-row.ts';
import { matchProfiles } from '../store/tables.ts';

/** What a candidate's lists must share with these for a need/offer, supply or referral signal to fire. */
export interface CandidateTargets {
  offers: string[];
  needs: string[];
  businessTypes: string[];
  /** What referral partners share with the viewer, with the places they may be in (see referralPlaces). */
  referralPlaces: string[];
}

const suppliersByIndex = new WeakMap<RelationIndex, Map<string, Set<string>>>();

/** "supplies" read backwards: a business or customer type → the concepts that typically supply it. */
function suppliersOf(relations: RelationIndex): Map<string, Set<string>> {
  let suppliers = suppliersByIndex.get(relations);
  if (!suppliers) {
    suppliers = new Map();
    for (const [supplier, targets] of relations.supplies)
      for (const target of targets) suppliers.set(target, (suppliers.get(target) ?? new Set()).add(supplier));
    suppliersByIndex.set(relations, suppliers);
  }
  return suppliers;
}

function linked(concepts: readonly string[], links: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return concepts.flatMap((concept) => [...(links.get(concept) ?? [])]);
}

const unique = (...lists: string[][]) => [...new Set(lists.flat())];

export function candidateTargets(viewer: MatchProfile, relations: RelationIndex): CandidateTargets {
  const { offerConcepts: offers, needConcepts: needs, businessTypes = [] } = viewer;
  const business = [...offers, ...businessTypes];
  return {
    // What the viewer needs or a substitute, what complements their offer, who supplies or is supplied by them.
    offers: unique(needs, linked(needs, relations.competes), linked(offers, relations.complements),
      linked(business, suppliersOf(relations)), linked(offers, relations.supplies)),
    // Someone who needs what the viewer offers (or a substitute), or clients like the viewer's business.
    needs: unique(offers, linked(offers, relations.competes), businessTypes),
    // A business of the customer type the viewer looks for, or one the viewer's offers typically supply.
    businessTypes: unique(needs, linked(offers, relations.supplies)),
    referralPlaces: referralPlacesSought(referralKeys(viewer, relations), viewer),
  };
}

const textArray = (values: readonly string[]) => sql`${sql.param(values)}::text[]`;
const shares = (column: AnyColumn, values: readonly string[]) => sql`(${column} && ${textArray(values)})`;
const points = (column: AnyColumn, values: readonly string[], weight: number) => sql`${shares(column, values)}::int * ${sql.raw(String(weight))}`;

/**
 * Members sharing a language with the viewer, not excluded, and — with targets — sharing something
 * the ranking can use, found through the GIN indexes (and in one of the cities, when given). With a
 * cap, those with most in common with the viewer come first, a direct need↔offer match above all.
 */
export async function candidateRows(
  db: DbOrTx,
  viewer: MatchProfile,
  excluded: readonly string[],
  selection?: { targets: CandidateTargets; cap: number; cities?: readonly string[] },
): Promise<RankingRow[]> {
  const m = matchProfiles;
  const conditions = [
    sql`${m.languages} && ${textArray(viewer.languages)}`,
    sql`NOT (${m.userId} = ANY(${sql.param(excluded)}::uuid[]))`,
  ];
  if (!selection) return db.select(rankingColumns).from(m).where(and(...conditions));
  const { targets, cap, cities } = selection;
  // Someone working remotely serves any city.
  if (cities) conditions.push(sql`(${m.city} = ANY(${textArray(cities)}) OR ${m.remote})`);
  conditions.push(sql`(${shares(m.offerConcepts, targets.offers)} OR ${shares(m.needConcepts, targets.needs)}
    OR ${shares(m.businessTypes, targets.businessTypes)} OR ${shares(m.referralPlaces, targets.referralPlaces)})`);
  // Only overlap tests, cheap on every row found: a direct need↔offer match outweighs the rest.
  const inCommon = sql`${points(m.offerConcepts, viewer.needConcepts, 4)} + ${points(m.needConcepts, viewer.offerConcepts, 4)}
    + ${points(m.offerConcepts, targets.offers, 2)} + ${points(m.needConcepts, targets.needs, 2)}
    + ${points(m.businessTypes, targets.businessTypes, 2)} + ${points(m.referralPlaces, targets.referralPlaces, 1)}`;
  return db.select(rankingColumns).from(m).where(and(...conditions)).orderBy(desc(inCommon), m.userId).limit(cap);
}
