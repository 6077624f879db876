import type { CollaborationIdea } from './types.ts';

/** What a link to the new-proposal form may carry: the idea to start from and the meeting it came from. */
export interface NewProposalState {
  idea?: CollaborationIdea;
  meetingId?: string;
}

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const present = Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]);
  return present.length ? `${path}?${new URLSearchParams(present).toString()}` : path;
};

export const newProposalPath = (slug?: string) => withQuery('/collaborate/proposals/new', { with: slug });

/** The referral form for `to`, with what the third party needs and the meeting it came from. */
export const newReferralPath = (params: { to?: string; need?: string; meeting?: string } = {}) => withQuery('/collaborate/referrals/new', params);

export const proposalPath = (id: string) => `/collaborate/proposals/${encodeURIComponent(id)}`;
export const referralPath = (id: string) => `/collaborate/referrals/${encodeURIComponent(id)}`;
