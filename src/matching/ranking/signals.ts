import type { PairFacts } from './pair-facts.ts';
import type { ProfileFeatures } from './profile-features.ts';
import type { RelationIndex } from './relation-index.ts';
import type { Feedback, Reason, SeekingGoal, Signal, SignalName } from './types.ts';

/** Points each signal adds at full strength. A strong pair reaches 60–100 raw points. */
export const signalWeights: Readonly<Record<SignalName, number>> = {
  theyNeedWhatYouOffer: 30,
  youNeedWhatTheyOffer: 30,
  reciprocity: 20,
  referralPartners: 25,
  supplyChain: 15,
  goals: 12,
  place: 10,
  sharedCommunities: 6,
  mutualConnections: 10,
  recentActivity: 5,
  interest: 10,
  noShows: -20,
};

/** One candidate as seen by the viewer: everything a signal may read. */
export interface SignalInput {
  viewer: ProfileFeatures;
  candidate: ProfileFeatures;
  facts: PairFacts;
  competitor: boolean;
  relations: RelationIndex;
  mutualConnections: number;
  feedback?: Feedback;
  now: Date;
}

function signal(name: SignalName, value: number, reason?: Reason): Signal {
  return reason ? { name, weight: signalWeights[name], value, reason } : { name, weight: signalWeights[name], value };
}

// One matching concept is most of the value; a second one confirms it.
const byCount = (count: number) => (count >= 2 ? 1 : count === 1 ? 0.75 : 0);
// A substitute ("competes": wedding photography for photography) meets a need less surely.
const alikeValue = 0.5;
const customerTypeValue = 0.6;

/** How much of a service survives the distance: a local business serves best nearby, a remote one anywhere. */
function reach(provider: ProfileFeatures, facts: PairFacts): number {
  return provider.profile.remote ? 1 : facts.nearness;
}

/**
 * A need met, by name (one or two concepts), by a substitute, or by being the kind of business
 * sought, discounted by the distance the provider would have to serve across.
 */
function needMet(
  name: 'theyNeedWhatYouOffer' | 'youNeedWhatTheyOffer', distance: number,
  met: readonly string[], alike: string | undefined, client: Reason | undefined,
): Signal {
  const [concept] = met;
  if (concept) return signal(name, byCount(met.length) * distance, { code: name, concept });
  if (alike) return signal(name, alikeValue * distance, { code: name, concept: alike });
  if (client) return signal(name, customerTypeValue * distance, client);
  return signal(name, 0);
}

/** The viewer gains a client: the candidate needs what the viewer offers, or is the customer type sought. */
export function theyNeedWhatYouOffer({ facts, viewer }: SignalInput): Signal {
  const client = facts.theyAreYourClient;
  return needMet('theyNeedWhatYouOffer', reach(viewer, facts), facts.theyNeed, facts.theyNeedAlike,
    client ? { code: 'theyAreYourTargetClient', concept: client } : undefined);
}

/** The viewer gains a supplier: the candidate offers what the viewer needs, or seeks clients like the viewer. */
export function youNeedWhatTheyOffer({ facts, candidate }: SignalInput): Signal {
  const client = facts.youAreTheirClient;
  return needMet('youNeedWhatTheyOffer', reach(candidate, facts), facts.youNeed, facts.youNeedAlike,
    client ? { code: 'youAreTheirTargetClient', concept: client } : undefined);
}

/** 1 + 1 = 3: both gain, directly (full) or through substitutes, customer types or supply relations. */
export function reciprocity({ facts, viewer, candidate }: SignalInput): Signal {
  if (!facts.viewerGains || !facts.candidateGains) return signal('reciprocity', 0);
  const direct = facts.youNeed.length > 0 && facts.theyNeed.length > 0;
  const distance = Math.min(reach(viewer, facts), reach(candidate, facts));
  return signal('reciprocity', (direct ? 1 : 0.6) * distance, { code: 'mutualBenefit' });
}

/** Referral partners: the same clients without competing, strongest where the taxonomy says they complement. */
export function referralPartners({ facts, competitor, viewer, candidate }: SignalInput): Signal {
  if (competitor) return signal('referralPartners', 0);
  const { city, region, country, remote } = candidate.profile;
  if (facts.sharedOffer && !facts.sameArea && !facts.complement) {
    const place = city || region || country;
    if (place) return signal('referralPartners', 0.4, { code: 'sameTradeElsewhere', concept: facts.sharedOffer, place });
  }
  // Referrals are of local clients, unless one of them works remotely.
  const distance = viewer.profile.remote || remote ? 1 : facts.nearness;
  if (facts.complement)
    return signal('referralPartners', distance, { code: 'complementaryServices', ...facts.complement });
  // Clients shared inside a contact sphere (couples, for a photographer and a florist) make referral
  // partners; a broad customer type shared across trades (SMEs) is a weaker tie.
  if (facts.sharedCustomer)
    return signal('referralPartners', (facts.sharedCustomerInSphere ? 0.85 : 0.5) * distance, {
      code: 'sameClients', concept: facts.sharedCustomer,
    });
  if (facts.sharedSphere)
    return signal('referralPartners', 0.7 * distance, { code: 'sameSphereNoCompetition', sphere: facts.sharedSphere });
  return signal('referralPartners', 0);
}

/**
 * Businesses like one's own typically buy what the other sells ("supplies" relations), often across
 * borders (a winery and an importer), so distance does not discount it. Only where no stated need
 * already says so, not to count the same thing twice.
 */
export function supplyChain({ facts }: SignalInput): Signal {
  const youStatedIt = facts.youNeed.length > 0 || !!facts.youNeedAlike;
  const theyStatedIt = facts.theyNeed.length > 0 || !!facts.theyNeedAlike;
  if (facts.theySupplyYou && !youStatedIt)
    return signal('supplyChain', 1, { code: 'theySupplyYourBusiness', concept: facts.theySupplyYou });
  if (facts.youSupplyThem && !theyStatedIt)
    return signal('supplyChain', 1, { code: 'youSupplyTheirBusiness', concept: facts.youSupplyThem });
  return signal('supplyChain', 0);
}

const seekingGoals: SeekingGoal[] = ['investors', 'mentors', 'talent', 'learning'];

function offeredFor(goal: SeekingGoal, offers: readonly string[], relations: RelationIndex): string | undefined {
  const concepts = relations.goalConcepts.get(goal);
  return concepts && offers.find((concept) => concepts.has(concept));
}

/**
 * What each says they are looking for fits what the other is. Client and supplier goals only add
 * weight: their reasons are already told by the need/offer signals.
 */
export function goals({ viewer, candidate, facts, relations }: SignalInput): Signal {
  for (const goal of seekingGoals) {
    const concept = viewer.goals.has(goal) ? offeredFor(goal, candidate.profile.offerConcepts, relations) : undefined;
    if (concept) return signal('goals', 1, { code: 'offersWhatYouSeek', goal, concept });
  }
  for (const goal of seekingGoals) {
    const concept = candidate.goals.has(goal) ? offeredFor(goal, viewer.profile.offerConcepts, relations) : undefined;
    if (concept) return signal('goals', 1, { code: 'seeksWhatYouOffer', goal, concept });
  }
  if (viewer.goals.has('partners') && candidate.goals.has('partners')) {
    const reason: Reason = facts.sameCity
      ? { code: 'bothWantPartners', city: candidate.profile.city }
      : { code: 'bothWantPartners' };
    return signal('goals', 0.8, reason);
  }
  const fits =
    (viewer.goals.has('clients') && facts.candidateGains) ||
    (viewer.goals.has('suppliers') && facts.viewerGains) ||
    (candidate.goals.has('clients') && facts.viewerGains) ||
    (candidate.goals.has('suppliers') && facts.candidateGains);
  return signal('goals', fits ? 0.9 : 0);
}

/** Meeting in person is easiest nearby; remote work makes distance matter less. */
export function place({ viewer, candidate, facts }: SignalInput): Signal {
  if (facts.sameCity) return signal('place', 1, { code: 'samePlace', city: candidate.profile.city });
  if (facts.sameRegion) return signal('place', 0.7, { code: 'sameRegion', region: candidate.profile.region });
  const you = viewer.profile.remote;
  const they = candidate.profile.remote;
  if (you || they) return signal('place', 0.6, { code: 'remoteWork', who: you && they ? 'both' : you ? 'you' : 'they' });
  return signal('place', facts.sameCountry ? 0.4 : 0);
}

export function sharedCommunities({ facts }: SignalInput): Signal {
  const [community] = facts.sharedCommunities;
  if (!community) return signal('sharedCommunities', 0);
  const count = facts.sharedCommunities.length;
  return signal('sharedCommunities', count >= 2 ? 1 : 0.7, { code: 'sharedCommunity', community, count });
}

export function mutualConnections({ mutualConnections: count }: SignalInput): Signal {
  if (count <= 0) return signal('mutualConnections', 0);
  return signal('mutualConnections', 1 - 0.5 ** count, { code: 'mutualConnections', count });
}

const day = 86_400_000;

/** Someone active lately is likely to answer. Not a reason to meet, so it gives none. */
export function recentActivity({ candidate, now }: SignalInput): Signal {
  if (Number.isNaN(candidate.lastActive)) return signal('recentActivity', 0);
  const days = (now.getTime() - candidate.lastActive) / day;
  return signal('recentActivity', days <= 7 ? 1 : days <= 30 ? 0.6 : days <= 90 ? 0.25 : 0);
}

/** The viewer said they were interested in this candidate before. */
export function interest({ feedback }: SignalInput): Signal {
  return signal('interest', feedback === 'interested' ? 1 : 0);
}

/** One missed meeting can happen; from the second on, each one costs. */
export function noShows({ candidate }: SignalInput): Signal {
  const missed = candidate.profile.noShows ?? 0;
  return signal('noShows', missed <= 1 ? 0 : Math.min(1, (missed - 1) / 3));
}

/** Every signal, in the order recommendations list them. */
export const allSignals: readonly ((input: SignalInput) => Signal)[] = [
  theyNeedWhatYouOffer,
  youNeedWhatTheyOffer,
  reciprocity,
  referralPartners,
  supplyChain,
  goals,
  place,
  sharedCommunities,
  mutualConnections,
  recentActivity,
  interest,
  noShows,
];
