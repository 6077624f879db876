import type { AppContext } from '../app-context.ts';
import { blockBetween, hasBlocked } from '../connections/blocks.ts';
import type { DbOrTx } from '../db/database.ts';
import { fieldProblem } from '../http/problem.ts';
import { visibleProfileBySlug } from '../profiles/visibility.ts';
import type { ProfileRow } from '../profiles/profiles.ts';
import { commitChange } from './commit-change.ts';
import { recordEvent, toStoredSlots } from './meeting-store.ts';
import { meetingNotAllowed, memberNotFound } from './problems.ts';
import type { MeetingFormat, MeetingLength, Slot } from './scheduling/types.ts';
import { schedulesOf } from './schedules.ts';
import { checkSlots, mutualSlotViews, viewpointOf, type SlotView } from './slot-views.ts';
import { meetings } from './tables.ts';
import { toMeetingView, type MeetingView, type Viewer } from './views.ts';

export interface NewMeeting {
  with: string;
  purpose: string;
  format: MeetingFormat;
  lengthMinutes: MeetingLength;
  place?: string;
  slots: Slot[];
}

/**
 * The member at `slug`, if one may meet them: yourself or someone you blocked is a 403; someone
 * unknown or hidden from you (which includes having blocked you) a 404.
 */
async function memberToMeet(db: DbOrTx, viewer: Viewer, slug: string): Promise<ProfileRow> {
  const member = await visibleProfileBySlug(db, slug, viewer.id);
  if (!member) throw (await hasBlocked(db, viewer.id, slug)) ? meetingNotAllowed() : memberNotFound();
  if (member.userId === viewer.id) throw meetingNotAllowed();
  return member;
}

/** Up to 5 slots in the next 14 days when both the viewer and the member at `slug` are free. */
export async function slotsWith(db: DbOrTx, viewer: Viewer, slug: string, lengthMinutes: MeetingLength): Promise<SlotView[]> {
  const member = await memberToMeet(db, viewer, slug);
  const now = new Date();
  const schedules = await schedulesOf(db, [viewer.id, member.userId], now);
  return mutualSlotViews(schedules, lengthMinutes, now, viewpointOf(viewer.locale, schedules));
}

/** Proposes a meeting with 1–5 slots; the invitee answers. */
export async function proposeMeeting(ctx: AppContext, viewer: Viewer, input: NewMeeting): Promise<MeetingView> {
  const { db } = ctx.database;
  const member = await memberToMeet(db, viewer, input.with);
  const row = await commitChange(ctx, async (tx, now) => {
    if (await blockBetween(tx, viewer.id, member.userId)) throw meetingNotAllowed();
    const schedules = await schedulesOf(tx, [viewer.id, member.userId], now);
    if (!schedules[1]!.availability.formats.includes(input.format)) throw fieldProblem('format', 'validation.formatNotAccepted');
    checkSlots(input.slots, schedules, input.lengthMinutes, now, viewpointOf(viewer.locale, schedules));
    const [row] = await tx
      .insert(meetings)
      .values({
        proposerId: viewer.id,
        inviteeId: member.userId,
        turnId: member.userId,
        purpose: input.purpose.trim(),
        format: input.format,
        lengthMinutes: input.lengthMinutes,
        place: input.place?.trim() ?? '',
        proposedSlots: toStoredSlots(input.slots),
      })
      .returning();
    const change = { actorId: viewer.id, action: 'proposed' as const };
    await recordEvent(tx, row!.id, change);
    return { row: row!, change };
  });
  return toMeetingView(db, viewer, row);
}
