import { foldText } from '../text/normalize.ts';
import type { RelationIndex } from './relation-index.ts';
import type { Goal, MatchProfile } from './types.ts';

/** A profile's lists as sets, and what the taxonomy says about them, computed once per ranking. */
export interface ProfileFeatures {
  profile: MatchProfile;
  /** Offer concepts that are trades (not customer types): what they sell, what competitors share. */
  trades: ReadonlySet<string>;
  /** The first trade listed: what the business mainly does. */
  mainTrade?: string;
  /** Customer types the business is: whom suppliers of such businesses sell to. */
  businessTypes: ReadonlySet<string>;
  /** Trades and business types: what a "supplies" relation can reach. */
  suppliable: ReadonlySet<string>;
  goals: ReadonlySet<Goal>;
  /** Spoken languages, the locale included. */
  languages: ReadonlySet<string>;
  communities: ReadonlySet<string>;
  /** Sphere → the member's trades in it. */
  offerSpheres: ReadonlyMap<string, readonly string[]>;
  /** Customer types the member works for: named in offers or needs, or supplied by their offers. */
  customers: ReadonlySet<string>;
  /** Milliseconds since the epoch; NaN when unknown. */
  lastActive: number;
  /** Folded, so "València" and "Valencia" are one place. */
  city: string;
  region: string;
  country: string;
}

export function profileFeatures(profile: MatchProfile, relations: RelationIndex): ProfileFeatures {
  const offerSpheres = new Map<string, string[]>();
  const customers = new Set<string>();
  const trades = new Set<string>();
  const isCustomer = (concept: string) => relations.kinds.get(concept) === 'customer';
  for (const concept of profile.offerConcepts) {
    if (isCustomer(concept)) {
      customers.add(concept);
      continue;
    }
    trades.add(concept);
    for (const sphere of relations.spheres.get(concept) ?? []) {
      const list = offerSpheres.get(sphere);
      if (list) list.push(concept);
      else offerSpheres.set(sphere, [concept]);
    }
    for (const target of relations.supplies.get(concept) ?? []) if (isCustomer(target)) customers.add(target);
  }
  for (const concept of profile.needConcepts) if (isCustomer(concept)) customers.add(concept);

  return {
    profile,
    trades,
    mainTrade: trades.values().next().value,
    businessTypes: new Set(profile.businessTypes),
    suppliable: new Set([...trades, ...(profile.businessTypes ?? [])]),
    goals: new Set(profile.goals),
    languages: new Set([...profile.languages, profile.locale]),
    communities: new Set(profile.communities),
    offerSpheres,
    customers,
    lastActive: profile.lastActiveAt ? Date.parse(profile.lastActiveAt) : Number.NaN,
    city: foldText(profile.city),
    region: foldText(profile.region),
    country: profile.country.toUpperCase(),
  };
}
