/** The words of the referrals domain, shared by tables, use cases, schemas and the transition rules. */
export const referralStatuses = ['new', 'contacted', 'meeting', 'won', 'lost', 'withdrawn'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Where the receiver may move a referral (the giver only withdraws, through its own route). */
export const receiverStatuses = ['contacted', 'meeting', 'won', 'lost'] as const satisfies readonly ReferralStatus[];
export type ReceiverStatus = (typeof receiverStatuses)[number];

/** How ready the third party is: ready to buy, interested, or information only. */
export const warmths = ['hot', 'warm', 'info'] as const;
export type Warmth = (typeof warmths)[number];

export type ReferralRole = 'giver' | 'receiver';

/** 100,000,000.00 in any currency, as for proposals: more is a typo, not a small business deal. */
export const maxValueCents = 10_000_000_000;
export const defaultCurrency = 'EUR';

/** An amount in hundredths of an ISO 4217 currency's unit (the same shape as proposals' values). */
export interface Money {
  amountCents: number;
  currency: string;
}
