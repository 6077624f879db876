import { ideasBetween } from '../../collaboration/ideas/member-pair.ts';
import type { CollaborationIdea } from '../../collaboration/ideas/types.ts';
import type { DbOrTx } from '../../db/database.ts';
import { conceptIndex } from '../../matching/indexes.ts';
import { reasonsBetween } from '../../matching/discover/pair-reasons.ts';
import type { Goal } from '../../profiles/profile-input.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import { meetingOfParty, otherParty } from '../meeting-store.ts';
import type { Viewer } from '../views.ts';
import { offersMeetingNeeds } from './pair-ideas.ts';
import { questionsFor } from './questions.ts';

export interface MeetingBrief {
  meetingId: string;
  you: { name: string; pitch: string };
  them: { name: string; pitch: string; headline: string };
  reasons: string[];
  questions: string[];
  youCouldOffer: string[];
  /** Ways to work together; side a is the viewer. */
  collaborationIdeas: CollaborationIdea[];
}

/** What the viewer should have in mind before meeting the other member: to listen as much as to talk. */
export async function briefFor(db: DbOrTx, viewer: Viewer, meetingId: string): Promise<MeetingBrief> {
  const row = await meetingOfParty(db, meetingId, viewer.id);
  const otherId = otherParty(row, viewer.id);
  const profiles = await profilesOf(db, [viewer.id, otherId]);
  const you = profiles.get(viewer.id)!;
  const them = profiles.get(otherId)!;
  const pair = { yourOffers: you.offers, theirOffers: them.offers, theirNeeds: them.needs };
  return {
    meetingId,
    you: { name: you.name, pitch: you.pitch },
    them: { name: them.name, pitch: them.pitch, headline: them.headline },
    reasons: await reasonsBetween(db, viewer.id, otherId, viewer.locale),
    questions: questionsFor({ needs: them.needs, goals: them.goals as Goal[] }, viewer.locale),
    youCouldOffer: offersMeetingNeeds(conceptIndex(), pair),
    collaborationIdeas: await ideasBetween(db, viewer.id, otherId, viewer.locale),
  };
}
