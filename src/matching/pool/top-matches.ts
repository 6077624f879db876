import type { ProfileFeatures } from '../ranking/profile-features.ts';
import { byPoints, scorePair, type Scored } from '../ranking/rank.ts';
import type { RelationIndex } from '../ranking/relation-index.ts';
import type { Feedback, MatchContext, MatchProfile, Recommendation, SeekingGoal } from '../ranking/types.ts';
import { canSee, type MemberPool, type PoolMember, type PostingList } from './member-pool.ts';
import { bestCaseBound, businessTies, pointsBound, Tie } from './points-bound.ts';

export interface MatchQuery {
  viewer: MatchProfile;
  /** How many of the best to find. */
  k: number;
  /** Never recommended: the viewer's connections, blocks, dismissals. */
  excluded: ReadonlySet<string>;
  feedback?: Readonly<Record<string, Feedback>>;
  mutualConnections?: ReadonlyMap<string, number>;
  includeCompetitors?: boolean;
  now: Date;
}

export interface TopMatches {
  /** The best k, best first, exactly as ranking every member would order them. */
  ranked: Recommendation[];
  /** Members with a business tie to the viewer (a need, a supply, a referral, a goal): "worth meeting". */
  related: number;
  /** How many were fully scored to find them. */
  scored: number;
}

const seekingGoals: readonly SeekingGoal[] = ['investors', 'mentors', 'talent', 'learning'];
const none: ReadonlySet<string> = new Set();
const linked = (concepts: Iterable<string>, links: ReadonlyMap<string, ReadonlySet<string>>) =>
  [...concepts].flatMap((concept) => [...(links.get(concept) ?? none)]);

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

type Lookup = [PostingList, Iterable<string>, number];

/**
 * Where to look for each kind of tie (see comparePair): the lists of candidates and the values in
 * them that make the tie. Referral ties (a sphere or a kind of client in common, the same trade) are
 * apart: their lists hold a large share of the community and are read only when needed.
 */
function tieLookups(viewer: ProfileFeatures, relations: RelationIndex): { strong: Lookup[]; referral: Lookup[] } {
  const { trades, businessTypes, suppliable, goals, profile } = viewer;
  const needs = profile.needConcepts;
  const tradeNeeds = needs.filter((concept) => relations.kinds.get(concept) !== 'customer');
  const goalOffers = seekingGoals.filter((goal) => profile.offerConcepts.some((c) => relations.goalConcepts.get(goal)?.has(c)));
  const supplied = linked(trades, relations.supplies);
  return {
    strong: [
      ['need', trades, Tie.theyNeedYourTrade],
      ['need', linked(trades, relations.competes), Tie.theyNeedASubstitute],
      ['business', needs, Tie.theyAreYourClientType],
      ['offer', needs, Tie.youNeedTheirTrade],
      ['offer', linked(tradeNeeds, relations.competes), Tie.youNeedASubstitute],
      ['need', businessTypes, Tie.youAreTheirClientType],
      ['offer', linked(suppliable, suppliersOf(relations)), Tie.theySupplyYou],
      ['offer', supplied, Tie.youSupplyThem],
      ['business', supplied, Tie.youSupplyThem],
      ['offer', linked(trades, relations.complements), Tie.referral],
      ['offer', seekingGoals.flatMap((goal) => (goals.has(goal) ? [...(relations.goalConcepts.get(goal) ?? none)] : [])), Tie.goalSought],
      ['seeks', goalOffers, Tie.goalSought],
    ],
    referral: [
      ['offer', trades, Tie.referral],
      ['referral', referralKeysOf(viewer), Tie.referral],
    ],
  };
}

/** A sphere of their trades or a kind of client: what referral partners share. */
const referralKeysOf = ({ offerSpheres, customers }: ProfileFeatures) => new Set([...offerSpheres.keys(), ...customers]);

/** The referral lookups' answer for one member, without reading their lists. */
function sharesReferralKey(viewer: ProfileFeatures, viewerKeys: ReadonlySet<string>, candidate: ProfileFeatures): boolean {
  for (const trade of candidate.trades) if (viewer.trades.has(trade)) return true;
  for (const sphere of candidate.offerSpheres.keys()) if (viewerKeys.has(sphere)) return true;
  for (const customer of candidate.customers) if (viewerKeys.has(customer)) return true;
  return false;
}

/** The viewer as the pool would hold them, with the pool's word on their communities. */
function asPoolMember(pool: MemberPool, viewer: MatchProfile): PoolMember {
  const slot = pool.slotOf(viewer.id);
  const stored = slot === undefined ? undefined : pool.member(slot);
  return pool.poolMember({ profile: viewer, inDefaultCommunity: stored?.inDefaultCommunity ?? true });
}

/** The best k so far, best first; `floor` is the points a newcomer must reach to get in. */
class TopK {
  readonly items: Scored[] = [];
  constructor(readonly k: number) {}
  get full(): boolean {
    return this.items.length >= this.k;
  }
  get floor(): number {
    return this.full ? this.items[this.k - 1]!.points : Number.NEGATIVE_INFINITY;
  }
  offer(scored: Scored): void {
    const { items } = this;
    let at = items.length;
    while (at > 0 && byPoints(scored, items[at - 1]!) < 0) at--;
    if (at >= this.k) return;
    items.splice(at, 0, scored);
    if (items.length > this.k) items.pop();
  }
}

/**
 * The viewer's best k matches from the pool — the same list, in the same order, as scoring every
 * member (allMatches) — while scoring only the few who could be in it. The inverted lists say which
 * members have which ties to the viewer; groups of members with the same ties are visited best
 * case first, each member's own bound (places, communities) is checked against the k-th score so
 * far, and the search stops at the first group whose best case cannot reach it. Members tied only
 * as referral partners, and members with no tie at all, are looked for only when the top k is weak
 * enough for them to enter it.
 */
export function topMatches(pool: MemberPool, query: MatchQuery): TopMatches {
  const search = new TieSearch(pool, query);
  try {
    const { strong, referral } = tieLookups(search.viewer.features, pool.relations);
    search.tie(strong);
    search.tiePersonally();
    search.visitTied(0);
    if (!search.top.full || search.top.floor <= bestCaseBound(Tie.referral, { mutualOrInterest: false })) {
      const strongOnes = search.touchedCount;
      search.tie(referral);
      search.visitTied(strongOnes);
      search.visitUntied();
    }
    return { ranked: search.top.items.map((item) => item.recommendation), related: search.related, scored: search.scored };
  } finally {
    search.release();
  }
}

// Mutual connections and expressed interest count without a business tie.
const personalTie = 1 << 15;

// The best case of every combination of ties, rounded up to a whole point: the bucket its members
// are visited in. Filled on first use; the same for every viewer.
const bucketOfTies = new Int16Array(1 << 16).fill(-1);
function bucketOf(bits: number): number {
  let bucket = bucketOfTies[bits]!;
  if (bucket < 0) {
    // Until a member is looked at, they may be a referral partner too.
    bucket = Math.ceil(bestCaseBound(bits | Tie.referral, { mutualOrInterest: (bits & personalTie) !== 0 }));
    bucketOfTies[bits] = bucket;
  }
  return bucket;
}

/** Per pool, arrays reused by every search: ties per slot (all zero between searches) and slot lists. */
interface Scratch {
  ties: Uint16Array;
  touched: Int32Array;
  ordered: Int32Array;
}
const scratchByPool = new WeakMap<MemberPool, Scratch>();

function scratchFor(pool: MemberPool): Scratch {
  let scratch = scratchByPool.get(pool);
  if (!scratch || scratch.ties.length < pool.slots) {
    const size = Math.ceil(pool.slots * 1.25) + 64;
    scratch = { ties: new Uint16Array(size), touched: new Int32Array(size), ordered: new Int32Array(size) };
    scratchByPool.set(pool, scratch);
  }
  return scratch;
}

/** One viewer's search through the pool: the ties found so far and the best k scored so far. */
class TieSearch {
  readonly viewer: PoolMember;
  readonly top: TopK;
  touchedCount = 0;
  related = 0;
  scored = 0;
  readonly #pool: MemberPool;
  readonly #query: MatchQuery;
  readonly #scratch: Scratch;
  readonly #context: MatchContext;
  readonly #referralKeys: ReadonlySet<string>;
  /** Slots never to show: the viewer, the excluded, the dismissed. */
  readonly #skipped = new Set<number>();

  constructor(pool: MemberPool, query: MatchQuery) {
    this.#pool = pool;
    this.#query = query;
    this.viewer = asPoolMember(pool, query.viewer);
    this.top = new TopK(query.k);
    this.#scratch = scratchFor(pool);
    this.#context = matchContext(pool, query);
    this.#referralKeys = referralKeysOf(this.viewer.features);
    const { excluded, feedback = {} } = query;
    const dismissed = Object.keys(feedback).filter((id) => feedback[id] === 'not-relevant');
    for (const id of [query.viewer.id, ...excluded, ...dismissed]) {
      const slot = pool.slotOf(id);
      if (slot !== undefined) this.#skipped.add(slot);
    }
  }

  tie(lookups: Lookup[]): void {
    for (const [list, values, bits] of lookups)
      for (const value of new Set(values)) for (const slot of this.#pool.postings(list, value)) this.#tie(slot, bits);
  }

  tiePersonally(): void {
    const { feedback = {}, mutualConnections = new Map() } = this.#query;
    for (const id of [...mutualConnections.keys(), ...Object.keys(feedback).filter((id) => feedback[id] === 'interested')]) {
      const slot = this.#pool.slotOf(id);
      if (slot !== undefined) this.#tie(slot, personalTie);
    }
  }

  #tie(slot: number, bits: number): void {
    const { ties, touched } = this.#scratch;
    if (ties[slot] === 0) touched[this.touchedCount++] = slot;
    ties[slot]! |= bits;
  }

  /**
   * Visits the members touched from `from` on, bucketed (a counting sort) by the best case of their
   * ties, best bucket first, until no bucket can reach the k-th score; counts those worth meeting.
   */
  visitTied(from: number): void {
    const { ties, touched, ordered } = this.#scratch;
    const bucketStarts = new Int32Array(maxBucket + 2);
    for (let i = from; i < this.touchedCount; i++) {
      const slot = touched[i]!;
      const bits = ties[slot]!;
      if (bits & businessTies && !this.#skipped.has(slot) && this.#pool.visibleSpeaker(slot, this.viewer)) this.related++;
      bucketStarts[Math.min(bucketOf(bits), maxBucket) + 1]!++;
    }
    for (let b = 1; b < bucketStarts.length; b++) bucketStarts[b]! += bucketStarts[b - 1]!;
    const next = bucketStarts.slice();
    for (let i = from; i < this.touchedCount; i++) {
      const slot = touched[i]!;
      ordered[next[Math.min(bucketOf(ties[slot]!), maxBucket)]!++] = slot;
    }
    for (let bucket = maxBucket; bucket >= 0; bucket--) {
      if (this.top.full && bucket < this.top.floor) break;
      const candidates: { member: PoolMember; bound: number }[] = [];
      for (let i = bucketStarts[bucket]!; i < bucketStarts[bucket + 1]!; i++) this.#consider(ordered[i]!, ties[ordered[i]!]!, candidates);
      this.#score(candidates);
    }
  }

  /** Members with no tie at all, for a top k weak enough that place and goals alone may enter it. */
  visitUntied(): void {
    if (this.top.full && bestCaseBound(0, { mutualOrInterest: false }) < this.top.floor) return;
    const { ties } = this.#scratch;
    const candidates: { member: PoolMember; bound: number }[] = [];
    for (let slot = 0; slot < this.#pool.slots; slot++) if (ties[slot] === 0) this.#consider(slot, 0, candidates);
    this.#score(candidates);
  }

  #consider(slot: number, bits: number, candidates: { member: PoolMember; bound: number }[]): void {
    if (this.#skipped.has(slot) || !this.#pool.visibleSpeaker(slot, this.viewer)) return;
    const member = this.#pool.member(slot)!;
    // Assuming a referral tie first spares most members the check of their spheres and clients.
    let bound = this.#bound(member, bits | Tie.referral);
    if (bound < this.top.floor) return;
    if (!(bits & Tie.referral) && !sharesReferralKey(this.viewer.features, this.#referralKeys, member.features)) {
      bound = this.#bound(member, bits);
      if (bound < this.top.floor) return;
    }
    candidates.push({ member, bound });
  }

  /** Scores the candidates best bound first, while their bound can still reach the k-th score. */
  #score(candidates: { member: PoolMember; bound: number }[]): void {
    candidates.sort((a, b) => b.bound - a.bound);
    for (const { member, bound } of candidates) {
      if (bound < this.top.floor) break;
      this.scored++;
      const result = scorePair(this.viewer.features, member.features, this.#context, this.#query.includeCompetitors ?? false);
      if (result) this.top.offer(result);
    }
  }

  /** Leaves the scratch ties all zero for the next search. */
  release(): void {
    const { ties, touched } = this.#scratch;
    for (let i = 0; i < this.touchedCount; i++) ties[touched[i]!] = 0;
  }

  #bound(member: PoolMember, bits: number): number {
    const { id } = member.profile;
    return pointsBound(this.viewer, member, bits, {
      mutualConnections: this.#query.mutualConnections?.get(id) ?? 0,
      interested: this.#query.feedback?.[id] === 'interested',
    });
  }
}

// Best cases above this share the top bucket (visited first either way).
const maxBucket = 255;

function matchContext(pool: MemberPool, { excluded, feedback, mutualConnections, now }: MatchQuery): MatchContext {
  return {
    relations: pool.relations,
    hidden: excluded,
    ...(feedback ? { feedback } : {}),
    mutualConnections: (_, candidateId) => mutualConnections?.get(candidateId) ?? 0,
    now,
  };
}

/** The baseline: every member of the pool scored, best k first. What topMatches must agree with. */
export function allMatches(pool: MemberPool, query: MatchQuery): TopMatches {
  const viewer = asPoolMember(pool, query.viewer);
  const context = matchContext(pool, query);
  const results: Scored[] = [];
  for (let slot = 0; slot < pool.slots; slot++) {
    const member = pool.member(slot);
    if (!member || query.excluded.has(member.profile.id) || !canSee(viewer, member)) continue;
    const result = scorePair(viewer.features, member.features, context, query.includeCompetitors ?? false);
    if (result) results.push(result);
  }
  results.sort(byPoints);
  return { ranked: results.slice(0, query.k).map((r) => r.recommendation), related: results.length, scored: pool.size };
}
