import { accountsPerMonth } from '../../accounts/accounts.ts';
import { acceptedConnectionsPerMonth } from '../../connections/network.ts';
import type { DbOrTx } from '../../db/database.ts';
import { meetingsHeldPerMonth } from '../../meetings/held-meetings.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import { proposalTotals, type ProposalTotals } from '../proposals/totals.ts';
import { closedValue, referralCounts, referralsPerMonth, topGivers, type CurrencyTotal, type StatusCounts } from '../referrals/stats.ts';
import { lastMonths, rangeOf } from './months.ts';

const topGiverCount = 10;

/** A giver as the instance dashboard names them: their name and profile, nothing more. */
export interface NamedMember {
  slug: string;
  name: string;
}

export interface InstanceMonth {
  month: string;
  members: number;
  connections: number;
  meetingsHeld: number;
  referralsGiven: number;
  referralsWon: number;
  closedValue: { currency: string; amountCents: number }[];
}

/** The whole instance: totals, the last 12 months and the top givers. Counts, sums and givers' names only. */
export interface InstanceDashboard {
  months: string[];
  totals: {
    members: number;
    connections: number;
    meetingsHeld: number;
    referrals: StatusCounts;
    closedValue: CurrencyTotal[];
    proposals: ProposalTotals;
  };
  trends: InstanceMonth[];
  topGivers: {
    byCount: { member: NamedMember; count: number }[];
    byValue: { currency: string; givers: { member: NamedMember; amountCents: number }[] }[];
  };
}

export async function instanceDashboard(db: DbOrTx, timeZone: string, now = new Date()): Promise<InstanceDashboard> {
  const months = lastMonths(now, timeZone);
  const range = rangeOf(months, timeZone);
  const members = await accountsPerMonth(db, range);
  const connections = await acceptedConnectionsPerMonth(db, range);
  const meetings = await meetingsHeldPerMonth(db, range, now);
  const referrals = await referralsPerMonth(db, range);
  const top = await topGivers(db, topGiverCount);
  const profiles = await profilesOf(db, [...new Set([...top.byCount, ...top.byValue.flatMap((currency) => currency.givers)].map((giver) => giver.memberId))]);
  const named = (memberId: string): NamedMember => {
    const profile = profiles.get(memberId);
    return { slug: profile?.slug ?? '', name: profile?.name ?? '' };
  };
  return {
    months,
    totals: {
      members: members.total,
      connections: connections.total,
      meetingsHeld: meetings.total,
      referrals: await referralCounts(db, 'instance'),
      closedValue: await closedValue(db, 'instance'),
      proposals: await proposalTotals(db),
    },
    trends: months.map((month) => ({
      month,
      members: members.months.get(month) ?? 0,
      connections: connections.months.get(month) ?? 0,
      meetingsHeld: meetings.months.get(month) ?? 0,
      referralsGiven: referrals.get(month)?.given ?? 0,
      referralsWon: referrals.get(month)?.won ?? 0,
      closedValue: referrals.get(month)?.value ?? [],
    })),
    topGivers: {
      byCount: top.byCount.map(({ memberId, count }) => ({ member: named(memberId), count })),
      byValue: top.byValue.map(({ currency, givers }) => ({
        currency,
        givers: givers.map(({ memberId, amountCents }) => ({ member: named(memberId), amountCents })),
      })),
    },
  };
}
