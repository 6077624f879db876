/** The words of the proposals domain, shared by the state machine, tables, use cases and schemas. */
export const proposalFormats = [
  'mutualReferral',
  'jointOffer',
  'subcontracting',
  'coMarketing',
  'sharedEvent',
  'distribution',
  'jointVenture',
  'knowledgeExchange',
] as const;
export type ProposalFormat = (typeof proposalFormats)[number];

export const proposalStates = ['draft', 'sent', 'discussing', 'agreed', 'active', 'completed', 'cancelled'] as const;
export type ProposalState = (typeof proposalStates)[number];

/** What a member can do to an existing proposal. */
export const proposalActions = ['edit', 'send', 'comment', 'accept', 'start', 'complete', 'cancel'] as const;
export type ProposalAction = (typeof proposalActions)[number];

/** What the audit trail records: creation, then every action that changed something. */
export const proposalEventKinds = ['created', ...proposalActions] as const;
export type ProposalEventKind = (typeof proposalEventKinds)[number];

/** Other members on a proposal besides its author. */
export const maxOtherParties = 10;
/** 100,000,000.00 in any currency: more is a typo, not a small business deal. */
export const maxValueCents = 10_000_000_000;

/** An amount in hundredths of an ISO 4217 currency's unit. */
export interface Money {
  amountCents: number;
  currency: string;
}

/** What one member brings to the collaboration and what they get from it. */
export interface Contribution {
  userId: string;
  gives: string;
  gets: string;
}

/** The negotiable content of a proposal: each edit stores a new numbered snapshot of it. */
export interface ProposalContent {
  format: ProposalFormat;
  title: string;
  description: string;
  contributions: Contribution[];
  estimatedValue: Money | null;
  nextSteps: string;
  startsOn: string | null;
  endsOn: string | null;
}
