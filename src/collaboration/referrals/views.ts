import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { toMemberCard, type MemberCard } from '../../profiles/member-views.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import type { Contact } from './input.ts';
import type { Money, ReferralRole, ReferralStatus, Warmth } from './model.ts';
import { otherParty, roleOf, valueOf, type ReferralRow } from './store.ts';
import { referralEvents } from './tables.ts';
import { nextSteps } from './transitions.ts';

/** A referral as one of its two members sees it — the only people who ever see its contact details. */
export interface ReferralSummary {
  id: string;
  role: ReferralRole;
  other: MemberCard;
  contact: Contact;
  need: string;
  warmth: Warmth;
  status: ReferralStatus;
  value: Money | null;
  meetingId: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The statuses the viewer may move it to now. */
  nextSteps: ReferralStatus[];
}

export interface ReferralView extends ReferralSummary {
  history: { at: string; by: 'you' | 'them'; from: ReferralStatus | null; to: ReferralStatus; note: string; value: Money | null }[];
}

/** Referrals as `viewerId` (their giver or receiver) sees them, in the same order. */
export async function toReferralSummaries(db: DbOrTx, viewerId: string, rows: ReferralRow[]): Promise<ReferralSummary[]> {
  const profiles = await profilesOf(db, [...new Set(rows.map((row) => otherParty(row, viewerId)))]);
  return rows.map((row) => {
    const role = roleOf(row, viewerId);
    return {
      id: row.id,
      role,
      other: toMemberCard(profiles.get(otherParty(row, viewerId))!),
      contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone, company: row.contactCompany },
      need: row.need,
      warmth: row.warmth,
      status: row.status,
      value: valueOf(row),
      meetingId: row.meetingId,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      nextSteps: nextSteps(role, row.status),
    };
  });
}

/** One referral with its history, oldest change first. */
export async function toReferralView(db: DbOrTx, viewerId: string, row: ReferralRow): Promise<ReferralView> {
  const [summary] = await toReferralSummaries(db, viewerId, [row]);
  const events = await db.select().from(referralEvents).where(eq(referralEvents.referralId, row.id)).orderBy(asc(referralEvents.id));
  return {
    ...summary!,
    history: events.map((event) => ({
      at: event.at.toISOString(),
      by: event.actorId === viewerId ? 'you' : 'them',
      from: event.fromStatus,
      to: event.toStatus,
      note: event.note,
      value: valueOf(event),
    })),
  };
}
