// The shapes the API takes and returns are defined once, by the server.
export type { Locale } from '../../src/i18n/locale.ts';
export type { Goal, ProfileInput } from '../../src/profiles/profile-input.ts';
export type { ProfileLink, Visibility } from '../../src/profiles/tables.ts';
export type { Me } from '../../src/accounts/accounts.ts';
export type { Membership as CommunityMembership } from '../../src/communities/communities.ts';
export type { Member, MemberCard, ProfileView as Profile } from '../../src/profiles/member-views.ts';
import type { MemberCard } from '../../src/profiles/member-views.ts';

export interface MemberPage {
  items: MemberCard[];
  total: number;
  page: number;
  pageSize: number;
}

// Discover and connections. Client-side shapes of the API contract until the server exports its own.

/** What the recommended member is to the viewer. */
export type MatchRelation = 'partner' | 'client' | 'supplier' | 'peer' | 'competitor';

/** Where the viewer and a recommended member stand; null when there is no request either way. */
export type ConnectionState = 'pending-outgoing' | 'pending-incoming' | 'connected';

/** What the viewer should do first when their profile is too thin to match well. */
export type DiscoverNextStep = 'complete-profile' | 'add-offers-needs';

export interface Recommendation {
  member: MemberCard;
  /** 0–100. */
  score: number;
  relation: MatchRelation;
  /** Already in the viewer's language. */
  reasons: string[];
  mutualConnections: number;
  connection: ConnectionState | null;
}

/** GET /api/discover */
export interface DiscoverPage {
  items: Recommendation[];
  total: number;
  nextStep: DiscoverNextStep | null;
}

/** GET /api/discover/search */
export interface DiscoverSearchResults {
  items: Recommendation[];
}

/** POST /api/discover/feedback */
export type DiscoverFeedback = 'interested' | 'not-relevant' | 'competitor';

export type ConnectionStatus = 'pending' | 'accepted' | 'declined';

export interface ConnectionView {
  id: string;
  /** The other person. */
  member: MemberCard;
  note: string;
  status: ConnectionStatus;
  /** ISO 8601: when the request was sent. */
  createdAt: string;
  mutualConnections: number;
}

/** GET /api/connections */
export interface ConnectionsOverview {
  connected: ConnectionView[];
  incoming: ConnectionView[];
  outgoing: ConnectionView[];
}

/** POST /api/connections and /api/connections/:id/(accept|decline) */
export interface ConnectionResponse {
  connection: ConnectionView;
}
