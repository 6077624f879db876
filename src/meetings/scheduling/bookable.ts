import { blockedTime, openHours } from './free-time.ts';
import { contains, overlaps } from './intervals.ts';
import type { MemberSchedule, Slot } from './types.ts';
import { DAY, MINUTE } from './zoned-time.ts';

/** Why a slot cannot be booked; the API answers 409 with fresh proposals. */
export type SlotProblem = 'past' | 'outside-availability' | 'taken';

export type Bookability =
  | { bookable: true }
  /** `member` is the index in `members` of whoever the slot does not suit (absent for 'past'). */
  | { bookable: false; reason: SlotProblem; member?: number };

export interface BookableCheck {
  members: readonly MemberSchedule[];
  now: Date;
  /**
   * A slot starting sooner than this after `now` counts as past. 0 by default: a slot proposed with
   * notice can still be accepted close to its time. Pass MIN_NOTICE_MINUTES for a time typed by hand.
   */
  minNoticeMinutes?: number;
}

/**
 * Whether a slot still suits everyone, checked in this order: not past; on each member's clock inside
 * their hours of one local date; not within any member's buffer of their busy meetings (leave the
 * meeting being accepted or moved out of `busy`). The slot need not be on the step grid.
 */
export function isSlotBookable(slot: Slot, check: BookableCheck): Bookability {
  const span = { start: slot.start.getTime(), end: slot.end.getTime() };
  if (!(span.start < span.end)) throw new RangeError('A slot must end after it starts');
  if (span.start < check.now.getTime() + (check.minNoticeMinutes ?? 0) * MINUTE) return { bookable: false, reason: 'past' };

  const outside = check.members.findIndex((member) =>
    !openHours(member.availability, span.start - DAY, span.end + DAY).some((open) => contains(open, span)));
  if (outside >= 0) return { bookable: false, reason: 'outside-availability', member: outside };

  const taken = check.members.findIndex((member) => blockedTime(member).some((blocked) => overlaps(blocked, span)));
  if (taken >= 0) return { bookable: false, reason: 'taken', member: taken };
  return { bookable: true };
}
