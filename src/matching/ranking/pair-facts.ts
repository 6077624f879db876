import type { ProfileFeatures } from './profile-features.ts';
import type { RelationIndex } from './relation-index.ts';

/**
 * What two profiles have to do with each other, from the viewer's side, found once per pair and
 * read by every signal and by the relation classifier. Concept lists follow the profiles' order,
 * so the first entry is the one the member put first.
 */
export interface PairFacts {
  /** Trades the candidate needs and the viewer offers. */
  theyNeed: string[];
  /** Trades the viewer needs and the candidate offers. */
  youNeed: string[];
  /**
   * Failing those, a substitute ("competes": wedding photography for photography): the candidate's
   * need the viewer can meet, and the candidate's trade that meets the viewer's need.
   */
  theyNeedAlike?: string;
  youNeedAlike?: string;
  /** A customer type the viewer looks for, and the candidate's business is. */
  theyAreYourClient?: string;
  /** A customer type the candidate looks for, and the viewer's business is. */
  youAreTheirClient?: string;
  /** A candidate trade that typically supplies a business like the viewer's. */
  theySupplyYou?: string;
  /** A viewer trade that typically supplies a business like the candidate's. */
  youSupplyThem?: string;
  /** The viewer would get something: a service they need, a typical supplier, or a seller seeking them. */
  viewerGains: boolean;
  /** The candidate would get something from the viewer, likewise. */
  candidateGains: boolean;
  /** A taxonomy "complements" pair between their trades. */
  complement?: { yours: string; theirs: string };
  /** A customer type both work for. */
  sharedCustomer?: string;
  /** Whether that customer type belongs to a sphere both work in (couples, for a photographer and a florist). */
  sharedCustomerInSphere: boolean;
  /** A sphere both have a different trade in. */
  sharedSphere?: string;
  /** A trade both offer. */
  sharedOffer?: string;
  /** 0–1: how much of the shorter list of trades the other offers too, or competes with. */
  offerOverlap: number;
  /** Their main trades (the first listed) are the same or compete. */
  mainTradesRival: boolean;
  sameCity: boolean;
  sameRegion: boolean;
  sameCountry: boolean;
  /** Where they would fight for the same clients: same city or region, or one reaches the other remotely. */
  sameArea: boolean;
  /** 0.5–1: how well a local business can serve the other, from same city (1) to another country (0.5). */
  nearness: number;
  sharedCommunities: string[];
}

const none: ReadonlySet<string> = new Set();

function firstShared(items: Iterable<string>, set: ReadonlySet<string>): string | undefined {
  for (const item of items) if (set.has(item)) return item;
  return undefined;
}

function hasCommon(a: Iterable<string>, b: ReadonlySet<string>): boolean {
  return firstShared(a, b) !== undefined;
}

/** The first of `from` that a relation links to something in `to`. */
function firstLinked(
  from: Iterable<string>, to: ReadonlySet<string>, links: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  for (const concept of from) if (hasCommon(links.get(concept) ?? none, to)) return concept;
  return undefined;
}

function findComplement(viewer: ProfileFeatures, candidate: ProfileFeatures, relations: RelationIndex) {
  for (const yours of viewer.trades) {
    const theirs = firstShared(candidate.trades, relations.complements.get(yours) ?? none);
    if (theirs) return { yours, theirs };
  }
  return undefined;
}

/** A customer type both serve, preferring one inside a sphere both work in. */
function findSharedCustomer(viewer: ProfileFeatures, candidate: ProfileFeatures, relations: RelationIndex) {
  let outside: string | undefined;
  for (const customer of viewer.customers) {
    if (!candidate.customers.has(customer)) continue;
    const spheres = relations.spheres.get(customer) ?? [];
    if (spheres.some((s) => viewer.offerSpheres.has(s) && candidate.offerSpheres.has(s)))
      return { customer, inSphere: true };
    outside ??= customer;
  }
  return outside ? { customer: outside, inSphere: false } : undefined;
}

function findSharedSphere(viewer: ProfileFeatures, candidate: ProfileFeatures): string | undefined {
  for (const [sphere, mine] of viewer.offerSpheres) {
    const others = candidate.offerSpheres.get(sphere);
    if (others?.some((theirs) => mine.some((yours) => yours !== theirs))) return sphere;
  }
  return undefined;
}

/** The first trade of `needs` that `trades` can substitute for, and the substituting trade. */
function findSubstitute(needs: readonly string[], trades: ReadonlySet<string>, relations: RelationIndex) {
  for (const need of needs) {
    if (relations.kinds.get(need) === 'customer') continue;
    const substitute = firstShared(relations.competes.get(need) ?? none, trades);
    if (substitute) return { need, substitute };
  }
  return undefined;
}

function rivals(a: string | undefined, b: string | undefined, relations: RelationIndex): boolean {
  return a !== undefined && b !== undefined && (a === b || (relations.competes.get(a)?.has(b) ?? false));
}

function offerOverlap(viewer: ProfileFeatures, candidate: ProfileFeatures, relations: RelationIndex): number {
  const shorter = Math.min(viewer.trades.size, candidate.trades.size);
  if (!shorter) return 0;
  let overlapping = 0;
  for (const trade of viewer.trades)
    if (candidate.trades.has(trade) || hasCommon(relations.competes.get(trade) ?? none, candidate.trades)) overlapping++;
  return Math.min(1, overlapping / shorter);
}

export function comparePair(viewer: ProfileFeatures, candidate: ProfileFeatures, relations: RelationIndex): PairFacts {
  const v = viewer.profile;
  const c = candidate.profile;

  const theyNeed = c.needConcepts.filter((x) => viewer.trades.has(x));
  const youNeed = v.needConcepts.filter((x) => candidate.trades.has(x));
  const theyNeedAlike = theyNeed.length ? undefined : findSubstitute(c.needConcepts, viewer.trades, relations)?.need;
  const youNeedAlike = youNeed.length ? undefined : findSubstitute(v.needConcepts, candidate.trades, relations)?.substitute;
  const theyAreYourClient = firstShared(v.needConcepts, candidate.businessTypes);
  const youAreTheirClient = firstShared(c.needConcepts, viewer.businessTypes);
  const theySupplyYou = firstLinked(candidate.trades, viewer.suppliable, relations.supplies);
  const youSupplyThem = firstLinked(viewer.trades, candidate.suppliable, relations.supplies);
  const shared = findSharedCustomer(viewer, candidate, relations);

  const sameCountry = viewer.country !== '' && viewer.country === candidate.country;
  const countriesAgree = !viewer.country || !candidate.country || sameCountry;
  const sameCity = countriesAgree && viewer.city !== '' && viewer.city === candidate.city;
  const sameRegion = countriesAgree && viewer.region !== '' && viewer.region === candidate.region;

  return {
    theyNeed,
    youNeed,
    theyNeedAlike,
    youNeedAlike,
    theyAreYourClient,
    youAreTheirClient,
    theySupplyYou,
    youSupplyThem,
    viewerGains: youNeed.length > 0 || !!youNeedAlike || !!theySupplyYou || !!youAreTheirClient,
    candidateGains: theyNeed.length > 0 || !!theyNeedAlike || !!youSupplyThem || !!theyAreYourClient,
    complement: findComplement(viewer, candidate, relations),
    sharedCustomer: shared?.customer,
    sharedCustomerInSphere: shared?.inSphere ?? false,
    sharedSphere: findSharedSphere(viewer, candidate),
    sharedOffer: firstShared(viewer.trades, candidate.trades),
    offerOverlap: offerOverlap(viewer, candidate, relations),
    mainTradesRival: rivals(viewer.mainTrade, candidate.mainTrade, relations),
    sameCity,
    sameRegion,
    sameCountry,
    sameArea: sameCity || sameRegion || v.remote || c.remote,
    nearness: sameCity ? 1 : sameRegion ? 0.85 : sameCountry ? 0.65 : 0.5,
    sharedCommunities: c.communities.filter((slug) => viewer.communities.has(slug)),
  };
}
