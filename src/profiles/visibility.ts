import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { ProfileRow } from './profiles.ts';
import { sharesCommunityWith } from '../communities/communities.ts';
import { profiles } from './tables.ts';

/**
 * Which profiles a viewer may see: public ones; "community members only" ones when both share a
 * community; private ones only by their owner. Anonymous viewers see public profiles only.
 */
export function visibleTo(viewerId: string | null): SQL {
  if (!viewerId) return eq(profiles.visibility, 'public');
  return or(
    eq(profiles.userId, viewerId),
    eq(profiles.visibility, 'public'),
    and(eq(profiles.visibility, 'members'), sharesCommunityWith(viewerId, sql`${profiles.userId}`)),
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
