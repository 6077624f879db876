import { and, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { profilesOf, type ProfileRow } from '../profiles/profiles.ts';
import { visibleProfileBySlug } from '../profiles/visibility.ts';
import { betweenPair, involving, lockPair, otherSide } from './pair.ts';
import { blockSelf, memberNotFound } from './problems.ts';
import { blocks, connections } from './tables.ts';

/** Everyone `userId` has blocked or is blocked by: the two never meet in lists, Discover or requests. */
export async function blockedEitherWay(db: DbOrTx, userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ blockerId: blocks.blockerId, blockedId: blocks.blockedId })
    .from(blocks)
    .where(or(eq(blocks.blockerId, userId), eq(blocks.blockedId, userId)));
  return new Set(rows.map((row) => (row.blockerId === userId ? row.blockedId : row.blockerId)));
}

/** Who, if anyone, has blocked whom between `userId` and `otherId`. */
export async function blockBetween(db: DbOrTx, userId: string, otherId: string): Promise<'by-me' | 'by-them' | null> {
  const rows = await db
    .select({ blockerId: blocks.blockerId })
    .from(blocks)
    .where(
      or(
        and(eq(blocks.blockerId, userId), eq(blocks.blockedId, otherId)),
        and(eq(blocks.blockerId, otherId), eq(blocks.blockedId, userId)),
      ),
    );
  if (rows.some((row) => row.blockerId === userId)) return 'by-me';
  return rows.length ? 'by-them' : null;
}

/**
 * Blocks a member and ends whatever was between them: a pending request either way, or the
 * connection itself (a blocked member must not stay among one's connections). Blocking twice is fine.
 */
export async function block(db: DbOrTx, userId: string, slug: string): Promise<void> {
  const member = await memberToBlock(db, userId, slug);
  if (member.userId === userId) throw blockSelf();
  await db.transaction(async (tx) => {
    await lockPair(tx, userId, member.userId);
    await tx.insert(blocks).values({ blockerId: userId, blockedId: member.userId }).onConflictDoNothing();
    await tx.delete(connections).where(betweenPair(userId, member.userId));
  });
}

/** Lifts a block; the two are not connected again (that takes a new request). Unblocking twice is fine. */
export async function unblock(db: DbOrTx, userId: string, slug: string): Promise<void> {
  const member = await memberToBlock(db, userId, slug);
  await db.delete(blocks).where(and(eq(blocks.blockerId, userId), eq(blocks.blockedId, member.userId)));
}

/** Whether `userId` has blocked the member at `slug`, whom the block hides from them. */
export async function hasBlocked(db: DbOrTx, userId: string, slug: string): Promise<boolean> {
  return (await memberAmong(db, await blockedBy(db, userId), slug)) !== undefined;
}

/**
 * The member at `slug` if the user can see their profile or has already dealt with them: a member
 * with a private profile who sent a request, or one already blocked, can still be (un)blocked.
 */
async function memberToBlock(db: DbOrTx, userId: string, slug: string): Promise<ProfileRow> {
  const member = (await visibleProfileBySlug(db, slug, userId)) ?? (await memberAmong(db, await counterpartIds(db, userId), slug));
  if (!member) throw memberNotFound();
  return member;
}

async function memberAmong(db: DbOrTx, userIds: string[], slug: string): Promise<ProfileRow | undefined> {
  const wanted = slug.toLowerCase();
  return [...(await profilesOf(db, userIds)).values()].find((profile) => profile.slug === wanted);
}

async function counterpartIds(db: DbOrTx, userId: string): Promise<string[]> {
  const linked = await db
    .select({ requesterId: connections.requesterId, addresseeId: connections.addresseeId })
    .from(connections)
    .where(involving(userId));
  return [...linked.map((row) => otherSide(row, userId)), ...(await blockedBy(db, userId))];
}

/** Everyone `userId` has blocked. */
async function blockedBy(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.select({ id: blocks.blockedId }).from(blocks).where(eq(blocks.blockerId, userId));
  return rows.map((row) => row.id);
}
