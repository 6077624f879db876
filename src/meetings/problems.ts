import { notFound, ProblemError } from '../http/problem.ts';
import type { SlotProblem } from './scheduling/bookable.ts';
import type { SlotView } from './slot-views.ts';

/** Unknown, hidden and "has blocked you" look the same, so nothing is revealed. */
export const memberNotFound = () => notFound('problem.memberNotFound.detail');
/** Someone else's meeting looks like no meeting at all. */
export const meetingNotFound = () => notFound('problem.meetingNotFound.detail');

export const meetingNotAllowed = () =>
  new ProblemError(403, 'meeting-not-allowed', 'problem.meetingNotAllowed.title', 'problem.meetingNotAllowed.detail');
export const meetingState = () => new ProblemError(409, 'meeting-state', 'problem.meetingState.title', 'problem.meetingState.detail');

/** 409 with fresh mutually free slots, already described for the asking member. */
export const slotUnavailable = (reason: SlotProblem, proposals: SlotView[]) =>
  new ProblemError(409, 'slot-unavailable', 'problem.slotUnavailable.title', `problem.slotUnavailable.${reason}`, {}, [], { proposals });
