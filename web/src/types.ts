// The shapes the API takes and returns are defined once, by the server.
export type { Locale } from '../../src/i18n/locale.ts';
export type { Goal, ProfileInput } from '../../src/profiles/profile-input.ts';
export type { ProfileLink, Visibility } from '../../src/profiles/tables.ts';
export type { Me } from '../../src/accounts/accounts.ts';
export type { PicksPerWeek } from '../../src/accounts/picks-per-week.ts';
export type { Membership as CommunityMembership } from '../../src/communities/communities.ts';
export type { Member, MemberCard, ProfileView as Profile } from '../../src/profiles/member-views.ts';
import type { MemberCard } from '../../src/profiles/member-views.ts';

export interface MemberPage {
  items: MemberCard[];
  total: number;
  page: number;
  pageSize: number;
}

// Discover and connections: the server's own shapes.
export type { MatchRelation } from '../../src/matching/ranking/types.ts';
export type { ConnectionState } from '../../src/connections/network.ts';
export type { DiscoverItem as Recommendation } from '../../src/matching/discover/present.ts';
export type { ConnectionView } from '../../src/connections/views.ts';
export type { ConnectionStatus } from '../../src/connections/tables.ts';
import type { DiscoverItem as Recommendation } from '../../src/matching/discover/present.ts';
import type { ConnectionView } from '../../src/connections/views.ts';

/** What the viewer should do first when their profile is too thin to match well. */
export type DiscoverNextStep = 'complete-profile' | 'add-offers-needs';

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

// Concepts and synonyms administrators add to the matching taxonomy: the server's own shapes.
export type { ConceptKind } from '../../src/matching/taxonomy/taxonomy.ts';
export type { RelationChoice } from '../../src/matching/additions/relation-choice.ts';
export type { ConceptInput, SynonymInput } from '../../src/matching/additions/validate.ts';
export type { ConceptAddition, SynonymAddition, TaxonomyAdditionsView } from '../../src/matching/additions/views.ts';
export type { ConceptSearchResults, ConceptSummary, Spheres } from '../../src/matching/http/taxonomy-schemas.ts';

// Meetings: the server's own shapes (src/meetings/README-api.md).
export type {
  Availability,
  AvailabilityException,
  LocalTimeRange,
  MeetingFormat,
  MeetingLength,
  Weekday,
  WeeklyHours,
} from '../../src/meetings/scheduling/types.ts';
export { meetingFormats, meetingLengths } from '../../src/meetings/scheduling/types.ts';
export { weekdays } from '../../src/meetings/scheduling/zoned-time.ts';

export type { MeetingAction, MeetingStatus } from '../../src/meetings/model.ts';
export type { SlotView } from '../../src/meetings/slot-views.ts';
export type { MeetingView as Meeting } from '../../src/meetings/views.ts';
export type { MeetingNotesView as MeetingNotes } from '../../src/meetings/notes-view.ts';
import type { MeetingNotesView as MeetingNotes } from '../../src/meetings/notes-view.ts';

/** PUT /api/meetings/:id/notes */
export type MeetingNotesInput = Partial<Omit<MeetingNotes, 'theirNeeds'>> & { theirNeeds?: string[] };

/** GET /api/meetings */
export type { MeetingLists as MeetingsOverview } from '../../src/meetings/list-meetings.ts';

export type { MeetingBrief } from '../../src/meetings/brief/build-brief.ts';

/** GET /api/meetings/:id/network-offers */
export type { NetworkOffers } from '../../src/meetings/network-offers.ts';
