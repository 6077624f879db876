import type { DbOrTx } from '../../db/database.ts';
import { ProblemError } from '../../http/problem.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { profileOf, type ProfileRow } from '../../profiles/profiles.ts';
import { conceptIndex, relationIndex } from '../indexes.ts';
import { correctionsOf, saveCorrections, type Correction } from '../store/corrections.ts';
import { phrasesWithConcepts } from '../store/phrase-concepts.ts';
import { refreshMatchProfiles } from '../store/refresh.ts';
import type { ConceptSide } from '../store/tables.ts';

export interface PhraseConcepts {
  phrase: string;
  concepts: { id: string; label: string }[];
}

/** The concepts found in (or chosen for) each of the member's offers and needs. */
export interface MemberConcepts {
  offers: PhraseConcepts[];
  needs: PhraseConcepts[];
}

export type PhraseCorrection = { phrase: string; conceptIds: string[] };
export type ConceptCorrections = { offers?: PhraseCorrection[]; needs?: PhraseCorrection[] };

const sides = [['offers', 'offer'], ['needs', 'need']] as const satisfies readonly (readonly [keyof MemberConcepts, ConceptSide])[];

async function ownProfile(db: DbOrTx, userId: string): Promise<ProfileRow> {
  const profile = await profileOf(db, userId);
  if (!profile) throw new Error(`User ${userId} has no profile`);
  return profile;
}

export async function memberConcepts(db: DbOrTx, userId: string, locale: Locale): Promise<MemberConcepts> {
  const profile = await ownProfile(db, userId);
  const corrections = (await correctionsOf(db, [userId])).get(userId)!;
  const { labels } = relationIndex();
  const view = (field: keyof MemberConcepts, side: ConceptSide) =>
    phrasesWithConcepts(conceptIndex(), side, profile[field], corrections).map(({ phrase, conceptIds }) => ({
      phrase,
      concepts: conceptIds.map((id) => ({ id, label: labels.concept(id, locale) })),
    }));
  return { offers: view('offers', 'offer'), needs: view('needs', 'need') };
}

/**
 * Replaces the concepts of the phrases given with the member's choice (an empty list: none applies)
 * and recomputes their match profile. Every phrase must be one of theirs and every concept known;
 * otherwise nothing changes and each bad field is reported.
 */
export async function correctMemberConcepts(
  db: DbOrTx,
  userId: string,
  input: ConceptCorrections,
  locale: Locale,
): Promise<MemberConcepts> {
  const profile = await ownProfile(db, userId);
  const known = relationIndex().kinds;
  const errors: { field: string; key: MessageKey; params?: Record<string, string> }[] = [];
  const corrections: Correction[] = [];
  for (const [field, side] of sides)
    input[field]?.forEach(({ phrase, conceptIds }, i) => {
      if (!profile[field].includes(phrase)) errors.push({ field: `${field}/${i}/phrase`, key: 'validation.unknownPhrase' });
      conceptIds.forEach((id, j) => {
        if (!known.has(id)) errors.push({ field: `${field}/${i}/conceptIds/${j}`, key: 'validation.unknownConcept', params: { id } });
      });
      corrections.push({ side, phrase, conceptIds: [...new Set(conceptIds)] });
    });
  if (errors.length) throw new ProblemError(400, 'validation', 'problem.validation.title', 'problem.validation.detail', {}, errors);
  await db.transaction(async (tx) => {
    await saveCorrections(tx, userId, corrections);
    await refreshMatchProfiles(tx, [userId]);
  });
  return memberConcepts(db, userId, locale);
}
