import { connectedIds } from '../connections/network.ts';
import type { DbOrTx } from '../db/database.ts';
import { conceptsOfferedBy } from '../matching/pool/offered-concepts.ts';
import { toMemberCard, type MemberCard } from '../profiles/member-views.ts';
import { profilesOf } from '../profiles/profiles.ts';
import { visibleAmong } from '../profiles/visibility.ts';
import { meetingOfParty, otherParty } from './meeting-store.ts';
import { notesOf, toNotesView, type MeetingNotesView } from './notes-view.ts';
import type { Viewer } from './views.ts';

type TheirNeed = MeetingNotesView['theirNeeds'][number];

/** Each need the viewer noted, with the viewer's connections who offer it (by name). */
export interface NetworkOffers {
  items: { need: TheirNeed; members: MemberCard[] }[];
}

/**
 * "Who in my network offers this?": for each thing the viewer noted that the other member needs,
 * the viewer's connections who offer one of its concepts — people to introduce them to. The other
 * member is left out, and so is any connection whose profile the viewer may not see (visibility,
 * blocks). No notes, no needs: no items.
 */
export async function networkOffers(db: DbOrTx, viewer: Viewer, meetingId: string): Promise<NetworkOffers> {
  const meeting = await meetingOfParty(db, meetingId, viewer.id);
  const notes = (await notesOf(db, viewer.id, [meetingId])).get(meetingId);
  if (!notes) return { items: [] };
  const needs = toNotesView(notes, viewer.locale).theirNeeds;
  const them = otherParty(meeting, viewer.id);
  const network = (await connectedIds(db, viewer.id)).filter((id) => id !== them);
  const offered = await conceptsOfferedBy(db, network, needs.flatMap((need) => need.concepts.map((concept) => concept.id)));
  const visible = await visibleAmong(db, viewer.id, [...offered.keys()]);
  const offering = [...(await profilesOf(db, [...visible])).values()].sort((a, b) => a.name.localeCompare(b.name, viewer.locale));
  return {
    items: needs.map((need) => {
      const concepts = new Set(need.concepts.map((concept) => concept.id));
      const offersIt = (userId: string) => offered.get(userId)!.some((concept) => concepts.has(concept));
      return { need, members: offering.filter((profile) => offersIt(profile.userId)).map(toMemberCard) };
    }),
  };
}
