import { inArray, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { notifyProfilesSaved } from './profile-events.ts';
import { normalizeProfileInput, type ProfileInput } from './profile-input.ts';
import { buildSearchDocument } from './search-document.ts';
import { slugify } from './slug.ts';
import { profiles } from './tables.ts';

export interface ProfileChange {
  userId: string;
  input: ProfileInput;
}

type ProfileInsert = typeof profiles.$inferInsert;

const emptyProfile = {
  headline: '', company: '', sector: '', city: '', region: '', country: '', languages: [] as string[],
  photoUrl: '', offers: [] as string[], needs: [] as string[], goals: [] as string[], remote: false, pitch: '',
  website: '', links: [], visibility: 'members' as const,
};

/**
 * Creates or updates many profiles in two statements (bulk import): the fields given replace the
 * stored ones, the others keep their values, and new profiles get free slugs from their names.
 * One user may appear once per call.
 */
export async function saveProfiles(db: DbOrTx, changes: ProfileChange[]): Promise<void> {
  if (!changes.length) return;
  const userIds = changes.map((change) => change.userId);
  const existing = new Map(
    (await db.select().from(profiles).where(inArray(profiles.userId, userIds))).map((row) => [row.userId, row]),
  );
  const newNames = changes.filter((c) => !existing.has(c.userId)).map((c) => slugify(c.input.name ?? ''));
  const takeSlug = await slugAllocator(db, newNames);
  const now = new Date();
  const rows: ProfileInsert[] = changes.map(({ userId, input }) => {
    const normalized = normalizeProfileInput(input);
    const current = existing.get(userId);
    if (!current && !normalized.name) throw new Error('A new profile needs a name');
    const merged = { ...emptyProfile, ...current, ...normalized, userId, updatedAt: now } as ProfileInsert & { name: string };
    merged.slug = current?.slug ?? takeSlug(slugify(merged.name));
    merged.searchDocument = buildSearchDocument({ ...emptyProfile, ...merged });
    return merged;
  });
  // Every stored field is rewritten: rows were merged with the current values above.
  const columns = [...Object.keys(emptyProfile), 'name', 'searchDocument', 'updatedAt'] as (keyof typeof emptyProfile)[];
  await db
    .insert(profiles)
    .values(rows)
    .onConflictDoUpdate({
      target: profiles.userId,
      set: Object.fromEntries(columns.map((key) => [key, sql.raw(`excluded.${profiles[key].name}`)])),
    });
  await notifyProfilesSaved(db, userIds);
}

/** Hands out "base", then "base-2" … for each new profile, skipping slugs already taken. */
async function slugAllocator(db: DbOrTx, bases: string[]): Promise<(base: string) => string> {
  const taken = new Set<string>();
  const distinct = [...new Set(bases)].filter(Boolean);
  if (distinct.length) {
    // Slugs are [a-z0-9-] only, so a prefix needs no escaping; the text_pattern_ops index serves each.
    const rows = await db
      .select({ slug: profiles.slug })
      .from(profiles)
      .where(or(...distinct.map((base) => like(profiles.slug, `${base}%`))));
    for (const { slug } of rows) taken.add(slug);
  }
  // Where each base's numbering goes on, so a thousand namesakes do not each count up from 2.
  const nextNumber = new Map<string, number>();
  return (base) => {
    let slug = base;
    let n = nextNumber.get(base) ?? 2;
    while (taken.has(slug)) slug = `${base}-${n++}`;
    nextNumber.set(base, n);
    taken.add(slug);
    return slug;
  };
}
