import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The months a trend covers: from the start of `first` ('YYYY-MM') on the clock of `timeZone`. */
export interface MonthRange {
  timeZone: string;
  first: string;
}

/**
 * The month of `column` on the range's clock, as 'YYYY-MM'. The time zone is a parameter, so a
 * query grouping by it must group by position (`GROUP BY 1`): PostgreSQL does not see two
 * parameterised expressions as the same.
 */
export const monthOf = (column: AnyPgColumn | SQL, range: MonthRange): SQL<string> =>
  sql<string>`to_char(${column} AT TIME ZONE ${range.timeZone}::text, 'YYYY-MM')`;

/** `column` falls in the range: on or after the first instant of its first month. */
export const inMonthRange = (column: AnyPgColumn | SQL, range: MonthRange): SQL =>
  sql`${column} >= (${`${range.first}-01`}::timestamp AT TIME ZONE ${range.timeZone}::text)`;
