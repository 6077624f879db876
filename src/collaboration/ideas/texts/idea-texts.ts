/** The one-line rationales, one per way a rule can fit a pair. */
export const rationaleKeys = [
  'jointOffer', 'jointProject',
  'referralComplement', 'referralCustomer', 'referralSphere', 'referralOverflow', 'referralSpeciality',
  'subcontract', 'subcontractBoth',
  'distributionAbroad', 'distributionHome', 'reseller',
  'contentSwap', 'sharedNewsletter', 'jointWebinar', 'workshop',
  'sharedEvent',
  'jointVenture', 'jointVentureFunding',
  'knowledgeElsewhere', 'knowledgeSpecialities',
] as const;
export type RationaleKey = (typeof rationaleKeys)[number];

/** What a side gets, by the role it plays in the idea. */
export const gainKeys = [
  'jointOffer', 'referral', 'overflow', 'contractor', 'provider', 'subcontractBoth', 'producer', 'channel',
  'coMarketing', 'sharedEvent', 'jointVenture', 'knowledgeElsewhere', 'knowledgeSpecialities',
] as const;
export type GainKey = (typeof gainKeys)[number];

/** Words already in the viewer's language: concept and sphere labels as they read inside a sentence. */
export interface RationaleWords {
  /** The two concepts the rationale names, in its order. */
  first: string;
  second: string;
  /** " para pymes", " sobre salud y bienestar", or empty: whom the idea is for. */
  audience: string;
  sphere: string;
  /** Each side's city, or country when the city is unknown. */
  placeA: string;
  placeB: string;
  /** The country a product would be distributed in. */
  market: string;
}

/** Templates in one language: texts are data, the rules never hold words. */
export interface IdeaTexts {
  rationale: Readonly<Record<RationaleKey, (w: RationaleWords) => string>>;
  /** `own`: the concept the side brings; `other`: the one the other side brings. */
  gains: Readonly<Record<GainKey, (own: string, other: string) => string>>;
  forCustomer: (customer: string) => string;
  onSphere: (sphere: string) => string;
}
