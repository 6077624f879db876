/** The collaboration APIs (ideas, proposals, referrals, dashboards), typed. */
import { api } from '../api.ts';
import type {
  InstanceDashboard,
  MemberDashboard,
  MemberIdeas,
  Money,
  ProposalFormat,
  ProposalState,
  ProposalSummary,
  ProposalView,
  ReferralStatus,
  ReferralSummary,
  ReferralView,
  Warmth,
} from './types.ts';

export interface Part {
  gives: string;
  gets: string;
}

/** The content both the create and the edit forms send. */
export interface ProposalContentInput {
  format: ProposalFormat;
  title: string;
  description: string;
  estimatedValue: Money | null;
  nextSteps: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface NewProposalInput extends ProposalContentInput {
  parties: (Part & { member: string })[];
  yours: Part;
  meetingId?: string;
}

export interface NewReferralInput {
  to: string;
  contact: { name: string; email?: string; phone?: string; company?: string };
  need: string;
  warmth: Warmth;
  consent: boolean;
  meetingId?: string;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

const query = (params: Record<string, string | undefined>) => {
  const present = Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]);
  return present.length ? `?${new URLSearchParams(present).toString()}` : '';
};
const proposalPath = (id: string, action?: string) => `/api/proposals/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
const referralPath = (id: string, action?: string) => `/api/referrals/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export const collaborateApi = {
  ideas: (slug: string, signal?: AbortSignal) => api.get<MemberIdeas>(`/api/members/${encodeURIComponent(slug)}/collaboration-ideas`, signal),

  proposals: (filter: { state?: ProposalState; before?: string }, signal?: AbortSignal) =>
    api.get<Page<ProposalSummary>>(`/api/proposals${query({ state: filter.state, before: filter.before, limit: '10' })}`, signal),
  proposal: (id: string, signal?: AbortSignal) => api.get<ProposalView>(proposalPath(id), signal),
  createProposal: (input: NewProposalInput) => api.post<ProposalView>('/api/proposals', input),
  editProposal: (id: string, version: number, content: ProposalContentInput, contributions: (Part & { member: string })[]) =>
    api.patch<ProposalView>(proposalPath(id), { version, ...content, contributions }),
  sendProposal: (id: string) => api.post<ProposalView>(proposalPath(id, 'send')),
  comment: (id: string, body: string) => api.post<ProposalView>(proposalPath(id, 'comments'), { body }),
  accept: (id: string, version: number) => api.post<ProposalView>(proposalPath(id, 'accept'), { version }),
  start: (id: string) => api.post<ProposalView>(proposalPath(id, 'start')),
  complete: (id: string, outcome: Money, note: string) =>
    api.post<ProposalView>(proposalPath(id, 'complete'), { outcomeValueCents: outcome.amountCents, currency: outcome.currency, ...(note ? { note } : {}) }),
  cancel: (id: string, reason: string) => api.post<ProposalView>(proposalPath(id, 'cancel'), { reason }),

  referrals: (role: 'given' | 'received', before?: string, signal?: AbortSignal) =>
    api.get<Page<ReferralSummary>>(`/api/referrals${query({ role, before, limit: '10' })}`, signal),
  referral: (id: string, signal?: AbortSignal) => api.get<ReferralView>(referralPath(id), signal),
  giveReferral: (input: NewReferralInput) => api.post<ReferralView>('/api/referrals', input),
  moveReferral: (id: string, status: ReferralStatus, value: Money | null, note: string) =>
    api.post<ReferralView>(referralPath(id, 'status'), {
      status,
      ...(value ? { valueCents: value.amountCents, currency: value.currency } : {}),
      ...(note ? { note } : {}),
    }),
  withdrawReferral: (id: string, note: string) => api.post<ReferralView>(referralPath(id, 'withdraw'), note ? { note } : {}),

  dashboard: (signal?: AbortSignal) => api.get<MemberDashboard>('/api/me/dashboard', signal),
  adminDashboard: (signal?: AbortSignal) => api.get<InstanceDashboard>('/api/admin/dashboard', signal),
};

/** Where the instance's figures can be downloaded (an administrator's session cookie goes with the link). */
export const adminCsvUrl = '/api/admin/dashboard.csv';
