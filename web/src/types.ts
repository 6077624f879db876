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
