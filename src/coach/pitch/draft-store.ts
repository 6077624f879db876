import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { profileOf, saveProfile } from '../../profiles/profiles.ts';
import { countWords } from './compose/fragments.ts';
import { wordBudget } from './compose/compose-pitch.ts';
import {
  emptyParts,
  emptyVersions,
  pitchPartNames,
  pitchVersionNames,
  type PitchLanguage,
  type PitchParts,
  type PitchVersionName,
  type PitchVersions,
} from './model.ts';
import { pitchVersionEmpty } from './problems.ts';
import { pitchDrafts } from './tables.ts';

type DraftRow = typeof pitchDrafts.$inferSelect;

/** Whose draft: the member, and their account language for a draft never saved. */
export interface PitchOwner {
  id: string;
  locale: Locale;
}

/** What the member edits and saves. */
export interface DraftInput {
  language: PitchLanguage;
  parts: PitchParts;
  versions: PitchVersions;
}

export interface PitchDraft extends DraftInput {
  publishedVersion: PitchVersionName | null;
  publishedAt: string | null;
  /** Null while the draft was never saved. */
  updatedAt: string | null;
  /** What the member's profile says now, and where its page is. */
  profilePitch: string;
  profileSlug: string;
}

const pick = <K extends string>(row: Record<K, string>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, row[key]])) as Record<K, string>;

/** The version whose length a pitch written elsewhere fits best, so the builder starts from it. */
export function versionFitting(text: string): PitchVersionName {
  const words = countWords(text);
  return pitchVersionNames.find((version) => words <= wordBudget(version)) ?? 'long';
}

/** The member's draft; before the first save, an empty one holding the profile's current pitch. */
export async function draftOf(db: DbOrTx, owner: PitchOwner): Promise<PitchDraft> {
  const profile = await profileOf(db, owner.id);
  const profilePitch = profile?.pitch ?? '';
  const [row] = await db.select().from(pitchDrafts).where(eq(pitchDrafts.userId, owner.id));
  const about = { profilePitch, profileSlug: profile?.slug ?? '' };
  if (!row) {
    const versions = emptyVersions();
    if (profilePitch.trim()) versions[versionFitting(profilePitch)] = profilePitch;
    return { language: owner.locale, parts: emptyParts(), versions, publishedVersion: null, publishedAt: null, updatedAt: null, ...about };
  }
  return { ...fromRow(row), ...about };
}

function fromRow(row: DraftRow): Omit<PitchDraft, 'profilePitch' | 'profileSlug'> {
  return {
    language: row.language,
    parts: pick(row, pitchPartNames),
    versions: pick(row, pitchVersionNames),
    publishedVersion: row.publishedVersion,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Saves the parts and the versions as the member edited them (one row per member). */
export async function saveDraft(db: DbOrTx, owner: PitchOwner, input: DraftInput): Promise<PitchDraft> {
  const values = { language: input.language, ...input.parts, ...input.versions };
  await db
    .insert(pitchDrafts)
    .values({ userId: owner.id, ...values })
    .onConflictDoUpdate({ target: pitchDrafts.userId, set: { ...values, updatedAt: sql`now()` } });
  return draftOf(db, owner);
}

/**
 * Puts the saved text of one version on the member's profile, as a profile save does (Discover's
 * view of the profile follows in the same transaction). An empty version is refused.
 */
export async function publishVersion(db: DbOrTx, owner: PitchOwner, version: PitchVersionName): Promise<PitchDraft> {
  const [row] = await db.select().from(pitchDrafts).where(eq(pitchDrafts.userId, owner.id)).for('update');
  const text = row?.[version].trim();
  if (!text) throw pitchVersionEmpty();
  await saveProfile(db, owner.id, { pitch: text });
  await db.update(pitchDrafts).set({ publishedVersion: version, publishedAt: sql`now()` }).where(eq(pitchDrafts.userId, owner.id));
  return draftOf(db, owner);
}
