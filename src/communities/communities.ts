import { and, eq, inArray, or, sql } from 'drizzle-orm';
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

/**
 * Adds members to communities by slug, creating the communities that do not exist yet (named
 * after their slug), in three statements whatever the number of members. `general: true` also
 * joins the default community. Existing memberships are left as they are.
 */
export async function joinCommunities(db: DbOrTx, joins: { userId: string; slugs: string[]; general?: boolean }[]) {
  const slugs = [...new Set(joins.flatMap((join) => join.slugs))];
  if (slugs.length) await db.insert(communities).values(slugs.map((slug) => ({ slug, name: slug }))).onConflictDoNothing();
  const found = await db
    .select({ id: communities.id, slug: communities.slug, isDefault: communities.isDefault })
    .from(communities)
    .where(or(inArray(communities.slug, slugs.length ? slugs : ['']), eq(communities.isDefault, true)));
  const idOf = new Map(found.map((c) => [c.slug, c.id]));
  const general = found.find((c) => c.isDefault)?.id;
  const rows = joins.flatMap(({ userId, slugs: wanted, general: joinGeneral }) => [
    ...wanted.map((slug) => ({ communityId: idOf.get(slug)!, userId })),
    ...(joinGeneral && general ? [{ communityId: general, userId }] : []),
  ]);
  if (rows.length) await db.insert(communityMemberships).values(rows).onConflictDoNothing();
}

export async function membershipsOf(db: DbOrTx, userId: string): Promise<Membership[]> {
  return db
    .select({ slug: communities.slug, name: communities.name, role: communityMemberships.role })
    .from(communityMemberships)
    .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
    .where(eq(communityMemberships.userId, userId))
    .orderBy(communities.name);
}

/** Whether the member administers at least one community. */
export async function administersACommunity(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: communityMemberships.userId })
    .from(communityMemberships)
    .where(and(eq(communityMemberships.userId, userId), eq(communityMemberships.role, 'admin')))
    .limit(1);
  return row !== undefined;
}

/** Non-default community slugs of each member, sorted, as the import/export contract lists them. */
export async function extraCommunitySlugsOf(db: DbOrTx, userIds: string[]): Promise<Map<string, string[]>> {
  const bySlug = new Map(userIds.map((id) => [id, [] as string[]]));
  if (!userIds.length) return bySlug;
  const rows = await db
    .select({ userId: communityMemberships.userId, slug: communities.slug })
    .from(communityMemberships)
    .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
    .where(and(inArray(communityMemberships.userId, userIds), eq(communities.isDefault, false)))
    .orderBy(communities.slug);
  for (const { userId, slug } of rows) bySlug.get(userId)!.push(slug);
  return bySlug;
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

/** Which of these members belong to the default community (all, unless someone took them out). */
export async function inDefaultCommunity(db: DbOrTx, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await db
    .select({ userId: communityMemberships.userId })
    .from(communityMemberships)
    .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
    .where(and(inArray(communityMemberships.userId, userIds), eq(communities.isDefault, true)));
  return new Set(rows.map((row) => row.userId));
}
