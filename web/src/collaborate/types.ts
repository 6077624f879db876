// Collaborate: the server's own shapes (src/collaboration/*).
export type { CollaborationIdea } from '../../../src/collaboration/ideas/types.ts';
export type { MemberIdeas } from '../../../src/collaboration/ideas/ideas-with-member.ts';
export type { Money, ProposalFormat, ProposalState, ProposalEventKind } from '../../../src/collaboration/proposals/model.ts';
export { proposalFormats, proposalStates } from '../../../src/collaboration/proposals/model.ts';
export type { ProposalSummary, ProposalView, PartyView } from '../../../src/collaboration/proposals/views.ts';
export type { ReferralStatus, Warmth } from '../../../src/collaboration/referrals/model.ts';
export { referralStatuses, warmths } from '../../../src/collaboration/referrals/model.ts';
export type { ReferralSummary, ReferralView } from '../../../src/collaboration/referrals/views.ts';
export type { MemberDashboard } from '../../../src/collaboration/dashboard/member-dashboard.ts';
export type { InstanceDashboard } from '../../../src/collaboration/dashboard/admin-dashboard.ts';
export type { CurrencyTotal, StatusCounts } from '../../../src/collaboration/referrals/stats.ts';
