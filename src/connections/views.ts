import type { DbOrTx } from '../db/database.ts';
import { toMemberCard, type MemberCard } from '../profiles/member-views.ts';
import { profilesOf } from '../profiles/profiles.ts';
import { mutualConnectionCounts } from './network.ts';
import { otherSide } from './pair.ts';
import type { ConnectionStatus, connections } from './tables.ts';

export type ConnectionRow = typeof connections.$inferSelect;

/** A connection as one of its two members sees it: `member` is always the other one. */
export interface ConnectionView {
  id: string;
  member: MemberCard;
  note: string;
  status: ConnectionStatus;
  createdAt: string;
  mutualConnections: number;
}

/**
 * Rows as `userId` sees them, in the same order. The other member's card is shown whatever their
 * profile's visibility: someone who asked to connect, or is connected, has introduced themselves.
 */
export async function toConnectionViews(db: DbOrTx, userId: string, rows: ConnectionRow[]): Promise<ConnectionView[]> {
  const otherIds = rows.map((row) => otherSide(row, userId));
  const profiles = await profilesOf(db, otherIds);
  const mutual = await mutualConnectionCounts(db, userId, otherIds);
  return rows.flatMap((row) => {
    const otherId = otherSide(row, userId);
    const profile = profiles.get(otherId);
    if (!profile) return []; // An account whose profile is not created yet has nothing to show.
    return [
      {
        id: row.id,
        member: toMemberCard(profile),
        note: row.note,
        status: row.status,
        createdAt: row.createdAt.toISOString(),
        mutualConnections: mutual.get(otherId) ?? 0,
      },
    ];
  });
}
