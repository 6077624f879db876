import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { visibleProfileBySlug } from '../profiles/visibility.ts';
import { blockBetween, hasBlocked } from './blocks.ts';
import { betweenPair, involving, lockPair } from './pair.ts';
import {
  alreadyAnswered,
  alreadyConnected,
  alreadyPending,
  connectWithSelf,
  connectionNotFound,
  memberNotFound,
  youBlocked,
} from './problems.ts';
import { connections } from './tables.ts';
import { toConnectionViews, type ConnectionRow, type ConnectionView } from './views.ts';

export type Answer = 'accept' | 'decline';

export interface ConnectionLists {
  connected: ConnectionView[];
  incoming: ConnectionView[];
  outgoing: ConnectionView[];
}

/**
 * Asks the member at `toSlug` to connect. When they had already asked me, both want it, so their
 * request is accepted instead (the result is then `accepted`, with their note). A request that was
 * declined does not bar a new one from either side: it starts over as a fresh request.
 */
export async function requestConnection(db: DbOrTx, fromUserId: string, toSlug: string, note = ''): Promise<ConnectionView> {
  const target = await visibleProfileBySlug(db, toSlug, fromUserId);
  // A block hides the member from the one who blocked them too, who is told why they cannot ask.
  if (!target) throw (await hasBlocked(db, fromUserId, toSlug)) ? youBlocked() : memberNotFound();
  const toUserId = target.userId;
  if (toUserId === fromUserId) throw connectWithSelf();
  const row = await db.transaction(async (tx) => {
    await lockPair(tx, fromUserId, toUserId);
    const blocked = await blockBetween(tx, fromUserId, toUserId);
    if (blocked === 'by-them') throw memberNotFound();
    if (blocked === 'by-me') throw youBlocked();
    const [existing] = await tx.select().from(connections).where(betweenPair(fromUserId, toUserId));
    if (!existing) return insertRequest(tx, fromUserId, toUserId, note.trim());
    if (existing.status === 'accepted') throw alreadyConnected();
    if (existing.status === 'pending' && existing.requesterId === fromUserId) throw alreadyPending();
    if (existing.status === 'pending') return acceptRequest(tx, existing.id);
    return restartRequest(tx, existing.id, fromUserId, toUserId, note.trim());
  });
  return (await toConnectionViews(db, fromUserId, [row]))[0]!;
}

/** The addressee accepts or declines a pending request; anyone else gets a 404. */
export async function respond(db: DbOrTx, userId: string, connectionId: string, reply: Answer): Promise<ConnectionView> {
  const [row] = await db
    .update(connections)
    .set(answered(reply))
    .where(and(eq(connections.id, connectionId), eq(connections.addresseeId, userId), eq(connections.status, 'pending')))
    .returning();
  if (!row) {
    const [mine] = await db
      .select({ id: connections.id })
      .from(connections)
      .where(and(eq(connections.id, connectionId), eq(connections.addresseeId, userId)));
    throw mine ? alreadyAnswered() : connectionNotFound();
  }
  return (await toConnectionViews(db, userId, [row]))[0]!;
}

/** My connections, the requests waiting for my answer and those waiting for theirs; latest first. */
export async function listConnections(db: DbOrTx, userId: string): Promise<ConnectionLists> {
  const rows = await db
    .select()
    .from(connections)
    .where(and(involving(userId), inArray(connections.status, ['pending', 'accepted'])))
    .orderBy(desc(sql`coalesce(${connections.respondedAt}, ${connections.createdAt})`));
  const views = new Map((await toConnectionViews(db, userId, rows)).map((view) => [view.id, view]));
  const pick = (keep: (row: ConnectionRow) => boolean) => rows.filter(keep).flatMap((row) => views.get(row.id) ?? []);
  return {
    connected: pick((row) => row.status === 'accepted'),
    incoming: pick((row) => row.status === 'pending' && row.addresseeId === userId),
    outgoing: pick((row) => row.status === 'pending' && row.requesterId === userId),
  };
}

const answered = (reply: Answer) => ({ status: reply === 'accept' ? ('accepted' as const) : ('declined' as const), respondedAt: sql`now()` });

async function insertRequest(tx: DbOrTx, requesterId: string, addresseeId: string, note: string): Promise<ConnectionRow> {
  const [row] = await tx.insert(connections).values({ requesterId, addresseeId, note }).returning();
  return row!;
}

async function acceptRequest(tx: DbOrTx, id: string): Promise<ConnectionRow> {
  const [row] = await tx.update(connections).set(answered('accept')).where(eq(connections.id, id)).returning();
  return row!;
}

async function restartRequest(tx: DbOrTx, id: string, requesterId: string, addresseeId: string, note: string): Promise<ConnectionRow> {
  const [row] = await tx
    .update(connections)
    .set({ requesterId, addresseeId, note, status: 'pending', createdAt: sql`now()`, respondedAt: null })
    .where(eq(connections.id, id))
    .returning();
  return row!;
}
