import type { Locale } from '../../i18n/locale.ts';
import type { Goal } from '../../profiles/profile-input.ts';
import type { RelationIndex } from './relation-index.ts';

export type { Goal };

/** What the ranking core knows about a member: plain data, already mapped to concepts. */
export interface MatchProfile {
  id: string;
  name: string;
  locale: Locale;
  /** ISO 639-1; the locale counts as spoken too. */
  languages: string[];
  city: string;
  region: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  remote: boolean;
  goals: Goal[];
  /**
   * Concept ids, most important first (reasons name the first that applies). Customer types among
   * the offers are whom the member serves ("contabilidad para pymes"); among the needs, the clients
   * they are looking for.
   */
  offerConcepts: string[];
  needConcepts: string[];
  /** Customer types the member's own business is (a restaurant, a startup), e.g. from its sector: who sells to them. */
  businessTypes?: string[];
  /** Raw phrases, for reason text and the full-text fallback. */
  offers: string[];
  needs: string[];
  communities: string[];
  /** ISO 8601. */
  lastActiveAt?: string;
  /** Meetings booked and not attended. */
  noShows?: number;
}

export type Feedback = 'interested' | 'not-relevant' | 'competitor';

/** Everything ranking one viewer needs besides the two profiles. */
export interface MatchContext {
  relations: RelationIndex;
  /** Contacts the viewer and a candidate have in common. */
  mutualConnections?: (viewerId: string, candidateId: string) => number;
  /** The viewer's feedback on earlier recommendations, by candidate id. */
  feedback?: Readonly<Record<string, Feedback>>;
  /** Members never to recommend to this viewer: already connected, dismissed, blocked. */
  hidden?: ReadonlySet<string>;
  now: Date;
}

/** What the candidate is to the viewer. */
export type MatchRelation = 'partner' | 'client' | 'supplier' | 'peer' | 'competitor';

/** Goals met by someone who offers a particular kind of service (investment, mentoring, …). */
export type SeekingGoal = 'investors' | 'mentors' | 'talent' | 'learning';

/** Why two members should meet, as data; reasonText turns it into words in the viewer's language. */
export type Reason =
  | { code: 'theyNeedWhatYouOffer'; concept: string }
  | { code: 'youNeedWhatTheyOffer'; concept: string }
  /** The candidate's business is the customer type the viewer is looking for. */
  | { code: 'theyAreYourTargetClient'; concept: string }
  | { code: 'youAreTheirTargetClient'; concept: string }
  | { code: 'mutualBenefit' }
  | { code: 'complementaryServices'; yours: string; theirs: string }
  | { code: 'sameClients'; concept: string }
  | { code: 'sameSphereNoCompetition'; sphere: string }
  | { code: 'sameTradeElsewhere'; concept: string; place: string }
  | { code: 'theySupplyYourBusiness'; concept: string }
  | { code: 'youSupplyTheirBusiness'; concept: string }
  | { code: 'bothWantPartners'; city?: string }
  | { code: 'offersWhatYouSeek'; goal: SeekingGoal; concept: string }
  | { code: 'seeksWhatYouOffer'; goal: SeekingGoal; concept: string }
  | { code: 'samePlace'; city: string }
  | { code: 'sameRegion'; region: string }
  | { code: 'remoteWork'; who: 'they' | 'you' | 'both' }
  | { code: 'sharedCommunity'; community: string; count: number }
  | { code: 'mutualConnections'; count: number };

export type SignalName =
  | 'theyNeedWhatYouOffer'
  | 'youNeedWhatTheyOffer'
  | 'reciprocity'
  | 'referralPartners'
  | 'supplyChain'
  | 'goals'
  | 'place'
  | 'sharedCommunities'
  | 'mutualConnections'
  | 'recentActivity'
  | 'interest'
  | 'noShows';

export interface Signal {
  name: SignalName;
  /** Points at full strength; negative for signals that lower the score. */
  weight: number;
  /** 0–1. */
  value: number;
  reason?: Reason;
}

export interface Recommendation {
  id: string;
  /** 0–100. */
  score: number;
  relation: MatchRelation;
  /** The signals that fired (value above 0), in a fixed order. */
  signals: Signal[];
  /** At least one; the strongest first. */
  reasons: Reason[];
}
