import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { normalizeProfileInput, type Goal, type ProfileInput } from './profile-input.ts';
import { buildSearchDocument } from './search-document.ts';
import { slugify } from './slug.ts';
import { profiles, type ProfileLink, type Visibility } from './tables.ts';

export type ProfileRow = typeof profiles.$inferSelect;

export interface ProfileView {
  slug: string;
  name: string;
  headline: string;
  company: string;
  sector: string;
  city: string;
  region: string;
  country: string;
  languages: string[];
  photoUrl: string;
  offers: string[];
  needs: string[];
  goals: Goal[];
  remote: boolean;
  pitch: string;
  website: string;
  links: ProfileLink[];
  visibility: Visibility;
  onboardingCompletedAt: string | null;
}

export function toProfileView(row: ProfileRow): ProfileView {
  return {
    slug: row.slug,
    name: row.name,
    headline: row.headline,
    company: row.company,
    sector: row.sector,
    city: row.city,
    region: row.region,
    country: row.country,
    languages: row.languages,
    photoUrl: row.photoUrl,
    offers: row.offers,
    needs: row.needs,
    goals: row.goals as Goal[],
    remote: row.remote,
    pitch: row.pitch,
    website: row.website,
    links: row.links,
    visibility: row.visibility,
    onboardingCompletedAt: row.onboardingCompletedAt?.toISOString() ?? null,
  };
}

export async function profileOf(db: DbOrTx, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  return row;
}

/**
 * Creates or updates a member's profile with the given fields (others keep their values), keeping
 * the search document in step. A new profile gets a unique slug from the name.
 */
export async function saveProfile(
  db: DbOrTx,
  userId: string,
  rawInput: ProfileInput,
  options: { completeOnboarding?: boolean } = {},
): Promise<ProfileRow> {
  const input = normalizeProfileInput(rawInput);
  const existing = await profileOf(db, userId);
  const onboarding = options.completeOnboarding ? { onboardingCompletedAt: existing?.onboardingCompletedAt ?? new Date() } : {};
  if (existing) {
    const merged = { ...existing, ...input };
    const [row] = await db
      .update(profiles)
      .set({ ...input, ...onboarding, searchDocument: buildSearchDocument(merged), updatedAt: new Date() })
      .where(eq(profiles.userId, userId))
      .returning();
    return row!;
  }
  if (!input.name) throw new Error('A new profile needs a name');
  const fields = { ...input, name: input.name, ...onboarding };
  const searchDocument = buildSearchDocument({
    headline: '', company: '', sector: '', city: '', region: '', offers: [], needs: [], pitch: '', ...fields,
  });
  for (const slug of slugCandidates(input.name)) {
    const [row] = await db
      .insert(profiles)
      .values({ userId, slug, ...fields, searchDocument })
      .onConflictDoNothing()
      .returning();
    if (row) return row;
  }
  throw new Error('Could not find a free slug');
}

/** "ana-garcia", "ana-garcia-2" … "ana-garcia-9", then random suffixes. */
function* slugCandidates(name: string): Generator<string> {
  const base = slugify(name);
  yield base;
  for (let n = 2; n <= 9; n++) yield `${base}-${n}`;
  for (let attempt = 0; attempt < 5; attempt++) yield `${base}-${randomBytes(3).toString('hex')}`;
}
