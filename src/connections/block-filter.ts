import { sql, type SQL } from 'drizzle-orm';
import { blocks } from './tables.ts';

/**
 * Holds when neither `viewerId` nor the member whose id is `memberId` has blocked the other: a
 * block hides each side from the other wherever one member looks at another. Two primary-key
 * lookups per member. Kept apart from blocks.ts, which reads profiles, so that profiles can use it.
 */
export function noBlockBetween(viewerId: string, memberId: SQL): SQL {
  return sql`NOT EXISTS (
    SELECT 1 FROM ${blocks}
    WHERE (${blocks.blockerId} = ${viewerId} AND ${blocks.blockedId} = ${memberId})
       OR (${blocks.blockerId} = ${memberId} AND ${blocks.blockedId} = ${viewerId}))`;
}
