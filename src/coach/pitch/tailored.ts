import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { notFound } from '../../http/problem.ts';
import { ideasBetween } from '../../collaboration/ideas/member-pair.ts';
import { conceptIndex } from '../../matching/indexes.ts';
import { offersMeetingNeeds } from '../../meetings/brief/pair-ideas.ts';
import { profileOf } from '../../profiles/profiles.ts';
import { visibleProfileBySlug } from '../../profiles/visibility.ts';
import { draftOf, type PitchOwner } from './draft-store.ts';
import type { PitchLanguage } from './model.ts';
import { pitchForSelf } from './problems.ts';
import { tailorPitch, type TailoredPitch } from './tailor/tailor-pitch.ts';

export interface TailoredPitchView extends TailoredPitch {
  member: { slug: string; name: string };
  /** The language of the pitch (the draft's). */
  language: PitchLanguage;
  /** Collaboration ideas for the two of you, in the viewer's language: something to say when no need connects. */
  ideas: string[];
}

/**
 * The viewer's 30-second pitch tailored to the member at `slug`, from the viewer's saved parts and
 * profile offers and the member's needs; a member the viewer may not see is unknown (404).
 */
export async function tailoredPitchFor(db: DbOrTx, owner: PitchOwner, slug: string, locale: Locale): Promise<TailoredPitchView> {
  const them = await visibleProfileBySlug(db, slug, owner.id);
  if (!them) throw notFound('problem.memberNotFound.detail');
  if (them.userId === owner.id) throw pitchForSelf();
  const draft = await draftOf(db, owner);
  const you = await profileOf(db, owner.id);
  const index = conceptIndex();
  const pair = { yourOffers: you?.offers ?? [], theirOffers: them.offers, theirNeeds: them.needs };
  const matches = them.needs.map((need) => ({ need, offers: offersMeetingNeeds(index, { ...pair, theirNeeds: [need] }) }));
  return {
    member: { slug: them.slug, name: them.name },
    language: draft.language,
    ...tailorPitch(draft.parts, draft.language, { name: them.name, needs: them.needs }, matches),
    ideas: (await ideasBetween(db, owner.id, them.userId, locale)).map((idea) => idea.rationale),
  };
}
