import { randomBytes } from 'node:crypto';
import { asc, count, eq, gt, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { notifyProfilesSaved } from './profile-events.ts';
import { normalizeProfileInput, type ProfileInput } from './profile-input.ts';
import { buildSearchDocument } from './search-document.ts';
import { slugify } from './slug.ts';
import { profiles } from './tables.ts';

export type ProfileRow = typeof profiles.$inferSelect;

export async function profileOf(db: DbOrTx, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  return row;
}

export async function profilesOf(db: DbOrTx, userIds: string[]): Promise<Map<string, ProfileRow>> {
  if (!userIds.length) return new Map();
  const rows = await db.select().from(profiles).where(inArray(profiles.userId, userIds));
  return new Map(rows.map((row) => [row.userId, row]));
}

export async function countProfiles(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(profiles);
  return row?.n ?? 0;
}

/** One page of profile owners' ids in id order, after the given id (keyset pagination), for batch jobs. */
export async function profileIdsAfter(db: DbOrTx, page: { after?: string; limit: number }): Promise<string[]> {
  const rows = await db
    .select({ userId: profiles.userId })
    .from(profiles)
    .where(page.after === undefined ? undefined : gt(profiles.userId, page.after))
    .orderBy(asc(profiles.userId))
    .limit(page.limit);
  return rows.map((row) => row.userId);
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
    await notifyProfilesSaved(db, [userId]);
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
    if (row) {
      await notifyProfilesSaved(db, [userId]);
      return row;
    }
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
