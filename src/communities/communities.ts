import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { communities, communityMemberships } from './tables.ts';

export type CommunityRole = 'member' | 'admin';
export interface Membership {
  slug: string;
  name: string;
  role: CommunityRole;
}

/** Creates the default community on a fresh install; every new member joins it. */
export async function ensureDefaultCommunity(db: DbOrTx, name: string): Promise<void> {
  await db.insert(communities).values({ slug: 'general', name, isDefault: true }).onConflictDoNothing();
}

export async function joinDefaultCommunity(db: DbOrTx, userId: string): Promise<void> {
  const [general] = await db.select({ id: communities.id }).from(communities).where(eq(communities.isDefault, true));
  if (!general) throw new Error('No default community: migrations or startup did not run');
  await db.insert(communityMemberships).values({ communityId: general.id, userId }).onConflictDoNothing();
}

/** Joins communities by slug, creating the ones that do not exist yet (named after their slug). */
export async function joinCommunitiesBySlug(db: DbOrTx, userId: string, slugs: string[]): Promise<void> {
  if (!slugs.length) return;
  await db
    .insert(communities)
    .values(slugs.map((slug) => ({ slug, name: slug })))
    .onConflictDoNothing();
  const found = await db.select({ id: communities.id }).from(communities).where(inArray(communities.slug, slugs));
  await db
    .insert(communityMemberships)
    .values(found.map(({ id }) => ({ communityId: id, userId })))
    .onConflictDoNothing();
}

export async function membershipsOf(db: DbOrTx, userId: string): Promise<Membership[]> {
  return db
    .select({ slug: communities.slug, name: communities.name, role: communityMemberships.role })
    .from(communityMemberships)
    .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
    .where(eq(communityMemberships.userId, userId))
    .orderBy(communities.name);
}

/** Non-default community slugs of a member, as the import/export contract lists them. */
export async function extraCommunitySlugsOf(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ slug: communities.slug })
    .from(communityMemberships)
    .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
    .where(and(eq(communityMemberships.userId, userId), eq(communities.isDefault, false)))
    .orderBy(communities.slug);
  return rows.map((row) => row.slug);
}

/**
 * SQL condition "the member in column `memberIdColumn` shares a community with `viewerId`", for
 * queries in other domains that filter by "community members only" visibility.
 */
export function sharesCommunityWith(viewerId: string, memberIdColumn: unknown) {
  return sql`EXISTS (
    SELECT 1 FROM ${communityMemberships} mine
    JOIN ${communityMemberships} theirs ON theirs.community_id = mine.community_id
    WHERE mine.user_id = ${viewerId} AND theirs.user_id = ${memberIdColumn})`;
}
