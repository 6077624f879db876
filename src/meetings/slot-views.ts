import type { Locale } from '../i18n/locale.ts';
import { fieldProblem } from '../http/problem.ts';
import { isSlotBookable } from './scheduling/bookable.ts';
import { describeSlot } from './scheduling/describe-slot.ts';
import { findMutualSlots } from './scheduling/find-slots.ts';
import type { MeetingLength, MemberSchedule, Slot } from './scheduling/types.ts';
import { MINUTE } from './scheduling/zoned-time.ts';
import { slotUnavailable } from './problems.ts';

/** A slot as one member sees it: instants, and the local times on both clocks in their language. */
export interface SlotView {
  start: string;
  end: string;
  yours: string;
  theirs: string;
}

/** Who is looking: their language, their zone and the other member's. */
export interface Viewpoint {
  locale: Locale;
  yourZone: string;
  theirZone: string;
}

/** The viewpoint of the first of two schedules, in this language. */
export const viewpointOf = (locale: Locale, [mine, theirs]: MemberSchedule[]): Viewpoint => ({
  locale,
  yourZone: mine!.availability.timeZone,
  theirZone: theirs!.availability.timeZone,
});

export function toSlotView(slot: Slot, view: Viewpoint): SlotView {
  return {
    start: slot.start.toISOString(),
    end: slot.end.toISOString(),
    yours: describeSlot(slot, view.yourZone, view.locale).text,
    theirs: describeSlot(slot, view.theirZone, view.locale).text,
  };
}

/** Up to 5 mutually free slots in the next 14 days; `members` holds the viewer first. */
export function mutualSlotViews(members: MemberSchedule[], lengthMinutes: MeetingLength, now: Date, view: Viewpoint): SlotView[] {
  const [first, ...rest] = members;
  return findMutualSlots({ members: [first!, ...rest], lengthMinutes, now }).map((slot) => toSlotView(slot, view));
}

/**
 * Refuses slots of the wrong length (400) or that no longer suit both members (409 with fresh
 * proposals): past, outside either availability, or overlapping an accepted meeting of either.
 */
export function checkSlots(slots: Slot[], members: MemberSchedule[], lengthMinutes: MeetingLength, now: Date, view: Viewpoint): void {
  if (slots.some((slot) => slot.end.getTime() - slot.start.getTime() !== lengthMinutes * MINUTE))
    throw fieldProblem('slots', 'validation.slotLength', { minutes: lengthMinutes });
  for (const slot of slots) {
    const check = isSlotBookable(slot, { members, now });
    if (!check.bookable) throw slotUnavailable(check.reason, mutualSlotViews(members, lengthMinutes, now, view));
  }
}
