import type { AppContext } from '../app-context.ts';
import { blockBetween } from '../connections/blocks.ts';
import type { DbOrTx } from '../db/database.ts';
import { fieldProblem } from '../http/problem.ts';
import { commitChange } from './commit-change.ts';
import { changeMeeting, fromStoredSlots, meetingOfParty, otherParty, toStoredSlots, type MeetingRow } from './meeting-store.ts';
import type { MeetingAction } from './model.ts';
import { meetingNotAllowed, meetingState } from './problems.ts';
import type { MeetingLength, Slot } from './scheduling/types.ts';
import { lockMembersForBooking, schedulesOf } from './schedules.ts';
import { checkSlots, viewpointOf } from './slot-views.ts';
import type { meetings } from './tables.ts';
import { toMeetingView, type MeetingView, type Viewer } from './views.ts';

type Change = Partial<typeof meetings.$inferInsert>;
type Decide = (tx: DbOrTx, row: MeetingRow, now: Date) => Promise<Change>;

/** Runs one action on a meeting of the viewer's, locked for the transaction; `decide` checks and returns the change. */
async function act(ctx: AppContext, viewer: Viewer, meetingId: string, action: MeetingAction, message: string, decide: Decide): Promise<MeetingView> {
  const row = await commitChange(ctx, async (tx, now) => {
    const current = await meetingOfParty(tx, meetingId, viewer.id, true);
    const change = await decide(tx, current, now);
    const event = { actorId: viewer.id, action, message: message.trim() };
    return { row: await changeMeeting(tx, meetingId, change, event), change: event };
  });
  return toMeetingView(ctx.database.db, viewer, row);
}

const myTurn = (row: MeetingRow, viewer: Viewer) => row.status === 'proposed' && row.turnId === viewer.id;
const stillAhead = (row: MeetingRow, now: Date) => row.status === 'accepted' && row.endsAt!.getTime() > now.getTime();

async function refuseBlocked(tx: DbOrTx, row: MeetingRow, viewer: Viewer) {
  if (await blockBetween(tx, viewer.id, otherParty(row, viewer.id))) throw meetingNotAllowed();
}

/** Checks new slots against both members' availability and accepted meetings (this one left out). */
async function checkedSlots(tx: DbOrTx, row: MeetingRow, viewer: Viewer, slots: Slot[], now: Date): Promise<Slot[]> {
  const schedules = await schedulesOf(tx, [viewer.id, otherParty(row, viewer.id)], now, row.id);
  checkSlots(slots, schedules, row.lengthMinutes as MeetingLength, now, viewpointOf(viewer.locale, schedules));
  return slots;
}

/**
 * The member whose turn it is takes one of the proposed slots. Both members' booking locks are held
 * while their accepted meetings are checked, so two acceptances can never overlap for anyone.
 */
export const acceptMeeting = (ctx: AppContext, viewer: Viewer, meetingId: string, start: Date) =>
  act(ctx, viewer, meetingId, 'accepted', '', async (tx, row, now) => {
    if (!myTurn(row, viewer)) throw meetingState();
    await refuseBlocked(tx, row, viewer);
    const slot = fromStoredSlots(row.proposedSlots).find((s) => s.start.getTime() === start.getTime());
    if (!slot) throw fieldProblem('start', 'validation.notProposedSlot');
    await lockMembersForBooking(tx, [row.proposerId, row.inviteeId]);
    await checkedSlots(tx, row, viewer, [slot], now);
    return { status: 'accepted', startsAt: slot.start, endsAt: slot.end, turnId: null };
  });

/** A counter-proposal: other slots, and the turn passes to the other member. */
export const counterPropose = (ctx: AppContext, viewer: Viewer, meetingId: string, slots: Slot[], message = '') =>
  act(ctx, viewer, meetingId, 'counter-proposed', message, async (tx, row, now) => {
    if (!myTurn(row, viewer)) throw meetingState();
    await refuseBlocked(tx, row, viewer);
    const proposed = await checkedSlots(tx, row, viewer, slots, now);
    return { proposedSlots: toStoredSlots(proposed), turnId: otherParty(row, viewer.id) };
  });

export const declineMeeting = (ctx: AppContext, viewer: Viewer, meetingId: string, message = '') =>
  act(ctx, viewer, meetingId, 'declined', message, async (_tx, row) => {
    if (!myTurn(row, viewer)) throw meetingState();
    return { status: 'declined', turnId: null };
  });

/** Either member moves an accepted meeting still ahead: back to proposed with new slots, the other answers. */
export const rescheduleMeeting = (ctx: AppContext, viewer: Viewer, meetingId: string, slots: Slot[], reason: string) =>
  act(ctx, viewer, meetingId, 'rescheduled', reason, async (tx, row, now) => {
    if (!stillAhead(row, now)) throw meetingState();
    await refuseBlocked(tx, row, viewer);
    const proposed = await checkedSlots(tx, row, viewer, slots, now);
    return { status: 'proposed', proposedSlots: toStoredSlots(proposed), turnId: otherParty(row, viewer.id), startsAt: null, endsAt: null };
  });

/** Either member calls off a meeting still open: proposed, or accepted and not yet over. */
export const cancelMeeting = (ctx: AppContext, viewer: Viewer, meetingId: string, reason: string) =>
  act(ctx, viewer, meetingId, 'cancelled', reason, async (_tx, row, now) => {
    if (row.status !== 'proposed' && !stillAhead(row, now)) throw meetingState();
    return { status: 'cancelled', turnId: null };
  });
