import { signalWeights as w } from '../ranking/signals.ts';
import type { PoolMember } from './member-pool.ts';

/**
 * What the viewer's inverted-list lookups found about a candidate, one bit per kind of tie. A
 * candidate with none of them can still be scored for place, goals, communities and the like, but
 * never for a need, a supply or a referral.
 */
export const Tie = {
  theyNeedYourTrade: 1 << 0,
  theyNeedASubstitute: 1 << 1,
  theyAreYourClientType: 1 << 2,
  youNeedTheirTrade: 1 << 3,
  youNeedASubstitute: 1 << 4,
  youAreTheirClientType: 1 << 5,
  theySupplyYou: 1 << 6,
  youSupplyThem: 1 << 7,
  referral: 1 << 8,
  goalSought: 1 << 9,
} as const;

/** Ties that say the pair has something to do with each other's business. */
export const businessTies = (1 << 10) - 1;

// The most each signal can be worth for such ties (the values the signals use at full strength).
const direct = 1;
const customerType = 0.6;
const substitute = 0.5;
const tradeElsewhere = 0.4;
const fitsGoal = 0.9;
const bothWantPartners = 0.8;
const sameRegionPlace = 0.7;
const remotePlace = 0.6;
const sameCountryPlace = 0.4;
const oneCommunity = 0.7;
// Sums of the same terms in another order may differ in the last bit.
const rounding = 1e-9;

/** The cheap facts about a pair the bound reads besides the ties. */
export interface PairPlace {
  /** 0.5–1, as comparePair computes it. */
  nearness: number;
  viewerRemote: boolean;
  candidateRemote: boolean;
  /** The place signal's value: 1 same city, 0.7 same region, 0.6 remote, 0.4 same country. */
  place: number;
  bothWantPartners: boolean;
  sharedCommunities: number;
  mutualConnections: number;
  recentlyActive: boolean;
  interested: boolean;
}

function strongest(ties: number, byTie: readonly [number, number][]): number {
  let best = 0;
  for (const [tie, value] of byTie) if (ties & tie && value > best) best = value;
  return best;
}

/** The bound from the ties and the pair's cheap facts; grows with every fact, so the best case bounds every pair. */
export function boundOf(ties: number, pair: PairPlace): number {
  const { nearness, viewerRemote, candidateRemote } = pair;
  const eitherRemote = viewerRemote || candidateRemote;
  const viewerReach = viewerRemote ? 1 : nearness;
  const candidateReach = candidateRemote ? 1 : nearness;

  const theyNeed = strongest(ties, [[Tie.theyNeedYourTrade, direct], [Tie.theyAreYourClientType, customerType], [Tie.theyNeedASubstitute, substitute]]);
  const youNeed = strongest(ties, [[Tie.youNeedTheirTrade, direct], [Tie.youAreTheirClientType, customerType], [Tie.youNeedASubstitute, substitute]]);
  const viewerGains = youNeed > 0 || (ties & Tie.theySupplyYou) !== 0;
  const candidateGains = theyNeed > 0 || (ties & Tie.youSupplyThem) !== 0;

  let points = w.theyNeedWhatYouOffer * theyNeed * viewerReach + w.youNeedWhatTheyOffer * youNeed * candidateReach;
  if (viewerGains && candidateGains) points += w.reciprocity * Math.min(viewerReach, candidateReach);
  if (ties & Tie.referral) points += w.referralPartners * Math.max(tradeElsewhere, eitherRemote ? 1 : nearness);
  if (ties & (Tie.theySupplyYou | Tie.youSupplyThem)) points += w.supplyChain;
  points += w.goals * (ties & Tie.goalSought ? 1 : viewerGains || candidateGains ? fitsGoal : pair.bothWantPartners ? bothWantPartners : 0);
  points += w.place * pair.place;
  points += w.sharedCommunities * (pair.sharedCommunities >= 2 ? 1 : pair.sharedCommunities === 1 ? oneCommunity : 0);
  if (pair.mutualConnections > 0) points += w.mutualConnections * (1 - 0.5 ** pair.mutualConnections);
  if (pair.recentlyActive) points += w.recentActivity;
  if (pair.interested) points += w.interest;
  return points + rounding;
}

/** The best any pair with these ties can do, wherever they are: for skipping whole groups of candidates. */
export function bestCaseBound(ties: number, { mutualOrInterest }: { mutualOrInterest: boolean }): number {
  return boundOf(ties, {
    nearness: 1, viewerRemote: true, candidateRemote: true, place: 1, bothWantPartners: true, sharedCommunities: 2,
    mutualConnections: mutualOrInterest ? Number.POSITIVE_INFINITY : 0, recentlyActive: true, interested: mutualOrInterest,
  });
}

/**
 * An upper bound on the points the ranking can give this pair, from the ties alone and the cheap
 * facts (places, communities, goals): candidates are scored in decreasing order of it, and whoever
 * cannot beat the current top k is never scored. It must never be lower than the real points —
 * top-matches.test.ts checks that on every pair of a synthetic community.
 */
export function pointsBound(
  viewer: PoolMember, candidate: PoolMember, ties: number, extras: { mutualConnections: number; interested: boolean },
): number {
  const sameCountry = viewer.country !== 0 && viewer.country === candidate.country;
  const countriesAgree = !viewer.country || !candidate.country || sameCountry;
  const sameCity = countriesAgree && viewer.city !== 0 && viewer.city === candidate.city;
  const sameRegion = countriesAgree && viewer.region !== 0 && viewer.region === candidate.region;
  const viewerRemote = viewer.profile.remote;
  const candidateRemote = candidate.profile.remote;
  let sharedCommunities = 0;
  for (const community of candidate.profile.communities) if (viewer.features.communities.has(community)) sharedCommunities++;
  return boundOf(ties, {
    nearness: sameCity ? 1 : sameRegion ? 0.85 : sameCountry ? 0.65 : 0.5,
    viewerRemote, candidateRemote,
    place: sameCity ? 1 : sameRegion ? sameRegionPlace : viewerRemote || candidateRemote ? remotePlace : sameCountry ? sameCountryPlace : 0,
    bothWantPartners: viewer.wantsPartners && candidate.wantsPartners,
    sharedCommunities,
    recentlyActive: !Number.isNaN(candidate.features.lastActive),
    ...extras,
  });
}
