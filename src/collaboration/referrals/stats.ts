import { and, count, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { inMonthRange, monthOf, type MonthRange } from '../../db/months.ts';
import { referralStatuses, type ReferralStatus } from './model.ts';
import { referrals } from './tables.ts';

// Figures for dashboards: counts and sums only. Nothing here ever carries a third party's details.

/** Whose referrals: given by a member, received by one, or the whole instance's. */
export type ReferralScope = { giverId: string } | { receiverId: string } | 'instance';

export type StatusCounts = Record<ReferralStatus, number> & { total: number };

/** Closed business in one currency (never added across currencies) and how many referrals were won for it. */
export interface CurrencyTotal {
  currency: string;
  amountCents: number;
  won: number;
}

const inScope = (scope: ReferralScope): SQL | undefined =>
  scope === 'instance' ? undefined : 'giverId' in scope ? eq(referrals.giverId, scope.giverId) : eq(referrals.receiverId, scope.receiverId);
const won = eq(referrals.status, 'won');
const amountCents = sql<number>`sum(${referrals.valueCents})`.mapWith(Number);

export async function referralCounts(db: DbOrTx, scope: ReferralScope): Promise<StatusCounts> {
  const rows = await db.select({ status: referrals.status, n: count() }).from(referrals).where(inScope(scope)).groupBy(referrals.status);
  const counts = Object.fromEntries(referralStatuses.map((status) => [status, 0])) as StatusCounts;
  for (const row of rows) counts[row.status] = row.n;
  counts.total = rows.reduce((sum, row) => sum + row.n, 0);
  return counts;
}

/** The value of the won referrals in scope, per currency, in currency order. */
export async function closedValue(db: DbOrTx, scope: ReferralScope): Promise<CurrencyTotal[]> {
  return db
    .select({ currency: sql<string>`${referrals.currency}`, amountCents, won: count() })
    .from(referrals)
    .where(and(won, inScope(scope)))
    .groupBy(referrals.currency)
    .orderBy(referrals.currency);
}

export interface ReferralMonth {
  given: number;
  won: number;
  value: { currency: string; amountCents: number }[];
}

/** For each month of the range with any: referrals given in it, and those won in it with their value per currency. */
export async function referralsPerMonth(db: DbOrTx, range: MonthRange): Promise<Map<string, ReferralMonth>> {
  const given = await db
    .select({ month: monthOf(referrals.createdAt, range), n: count() })
    .from(referrals)
    .where(inMonthRange(referrals.createdAt, range))
    .groupBy(sql`1`);
  const closed = await db
    .select({ month: monthOf(referrals.closedAt, range), currency: sql<string>`${referrals.currency}`, amountCents, won: count() })
    .from(referrals)
    .where(and(won, inMonthRange(referrals.closedAt, range)))
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`2`);
  const months = new Map<string, ReferralMonth>();
  const monthAt = (month: string) => months.get(month) ?? months.set(month, { given: 0, won: 0, value: [] }).get(month)!;
  for (const row of given) monthAt(row.month).given = row.n;
  for (const row of closed) {
    const month = monthAt(row.month);
    month.won += row.won;
    month.value.push({ currency: row.currency, amountCents: row.amountCents });
  }
  return months;
}

export interface TopGivers {
  /** Most referrals given (withdrawn ones left out). */
  byCount: { memberId: string; count: number }[];
  /** Most closed business generated for others, per currency. */
  byValue: { currency: string; givers: { memberId: string; amountCents: number }[] }[];
}

/** The members who give most, by number and by closed value; ties in id order so the list is stable. */
export async function topGivers(db: DbOrTx, limit: number): Promise<TopGivers> {
  const byCount = await db
    .select({ memberId: referrals.giverId, count: count() })
    .from(referrals)
    .where(ne(referrals.status, 'withdrawn'))
    .groupBy(referrals.giverId)
    .orderBy(desc(count()), referrals.giverId)
    .limit(limit);
  // The top `limit` of each currency, ranked in the database.
  const ranked = (await db.execute(sql`
    SELECT currency, giver_id, amount_cents FROM (
      SELECT currency, giver_id, sum(value_cents)::float8 AS amount_cents,
        row_number() OVER (PARTITION BY currency ORDER BY sum(value_cents) DESC, giver_id) AS rank
      FROM ${referrals} WHERE status = 'won' GROUP BY currency, giver_id
    ) AS per_giver
    WHERE rank <= ${limit}
    ORDER BY currency, rank`)) as unknown as { rows: { currency: string; giver_id: string; amount_cents: number }[] };
  const byValue = new Map<string, { memberId: string; amountCents: number }[]>();
  for (const row of ranked.rows)
    (byValue.get(row.currency) ?? byValue.set(row.currency, []).get(row.currency)!).push({ memberId: row.giver_id, amountCents: Number(row.amount_cents) });
  return { byCount, byValue: [...byValue].map(([currency, givers]) => ({ currency, givers })) };
}
