import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { sharesCommunityWith } from '../communities/communities.ts';
import { noBlockBetween } from '../connections/block-filter.ts';
import type { ProfileRow } from './profiles.ts';
import { profiles } from './tables.ts';

/**
 * Which profiles a viewer may see: public ones; "community members only" ones when both share a
 * community; private ones only by their owner; none of a member who blocked the viewer or whom the
 * viewer blocked. Anonymous viewers see public profiles only.
 */
export function visibleTo(viewerId: string | null): SQL {
  if (!viewerId) return eq(profiles.visibility, 'public');
  const memberId = sql`${profiles.userId}`;
  return and(
    or(
      eq(profiles.userId, viewerId),
      eq(profiles.visibility, 'public'),
      and(eq(profiles.visibility, 'members'), sharesCommunityWith(viewerId, memberId)),
    ),
    noBlockBetween(viewerId, memberId),
  )!;
}

/** The profile at this slug if the viewer may see it; unknown and hidden look the same (404). */
export async function visibleProfileBySlug(db: DbOrTx, slug: string, viewerId: string | null): Promise<ProfileRow | undefined> {
  const [row] = await db
    .select()
    .from(profiles)
    .where(and(eq(profiles.slug, slug.toLowerCase()), visibleTo(viewerId)));
  return row;
}

/** Which of these members' profiles the viewer may see, for other domains that pick members by id. */
export async function visibleAmong(db: DbOrTx, viewerId: string, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await db
    .select({ userId: profiles.userId })
    .from(profiles)
    // One array parameter, however many ids (a list of parameters is capped at 65,535).
    .where(and(sql`${profiles.userId} = ANY(${sql.param(userIds)}::uuid[])`, visibleTo(viewerId)));
  return new Set(rows.map((row) => row.userId));
}
