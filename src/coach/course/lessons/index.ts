import type { Lesson } from '../lesson.ts';
import { events } from './events.ts';
import { followingUp } from './following-up.ts';
import { givingFirst } from './giving-first.ts';
import { listening } from './listening.ts';
import { pitch } from './pitch.ts';
import { preparingMeetings } from './preparing-meetings.ts';
import { proposingCollaboration } from './proposing-collaboration.ts';
import { whyNetwork } from './why-network.ts';

/** The course, in reading order. Slugs are part of the app's links: do not rename them. */
export const lessons: readonly Lesson[] = [
  whyNetwork,
  pitch,
  listening,
  preparingMeetings,
  followingUp,
  givingFirst,
  proposingCollaboration,
  events,
];
