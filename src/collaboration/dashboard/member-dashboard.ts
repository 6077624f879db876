import { connectedIds, connectionsMadeSince } from '../../connections/network.ts';
import type { DbOrTx } from '../../db/database.ts';
import { meetingsHeldSince } from '../../meetings/activity.ts';
import { proposalTotals, type ProposalTotals } from '../proposals/totals.ts';
import { closedValue, referralCounts, type CurrencyTotal, type StatusCounts } from '../referrals/stats.ts';
import { countByMonth, lastMonths } from './months.ts';

const DAY = 24 * 60 * 60 * 1000;

/** What a member's networking has produced, from the records of each domain (counts and sums, never a third party's details). */
export interface MemberDashboard {
  /** The last 12 months on the member's clock, oldest first: the x axis of the trends. */
  months: string[];
  referrals: { given: StatusCounts; received: StatusCounts };
  closedValue: {
    /** Won referrals the member gave: business they generated for others, per currency. */
    generatedForOthers: CurrencyTotal[];
    /** Won referrals the member received, per currency. */
    received: CurrencyTotal[];
  };
  proposals: ProposalTotals;
  meetingsHeld: number;
  connections: { total: number; months: { month: string; added: number }[] };
}

export async function memberDashboard(db: DbOrTx, member: { id: string; timeZone: string }, now = new Date()): Promise<MemberDashboard> {
  const months = lastMonths(now, member.timeZone);
  // A little over 12 months back is enough to find every connection made in the months shown.
  const recentConnections = await connectionsMadeSince(db, member.id, new Date(now.getTime() - 400 * DAY));
  const added = countByMonth(recentConnections, months, member.timeZone);
  return {
    months,
    referrals: {
      given: await referralCounts(db, { giverId: member.id }),
      received: await referralCounts(db, { receiverId: member.id }),
    },
    closedValue: {
      generatedForOthers: await closedValue(db, { giverId: member.id }),
      received: await closedValue(db, { receiverId: member.id }),
    },
    proposals: await proposalTotals(db, { memberId: member.id }),
    meetingsHeld: (await meetingsHeldSince(db, member.id, new Date(0), now)).length,
    connections: { total: (await connectedIds(db, member.id)).length, months: months.map((month) => ({ month, added: added.get(month)! })) },
  };
}
