import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { taxonomyVersion } from './tables.ts';

// The one-row table that says which state of the additions is current (see 0004_taxonomy_additions.sql).

export async function additionsVersionOf(db: DbOrTx): Promise<{ version: number; refreshedVersion: number }> {
  const [row] = await db.select({ version: taxonomyVersion.version, refreshedVersion: taxonomyVersion.refreshedVersion }).from(taxonomyVersion);
  return row ?? { version: 0, refreshedVersion: 0 };
}

/** Holds the row until the transaction ends, so changes to the additions apply one at a time. */
export async function lockAdditions(tx: DbOrTx): Promise<void> {
  await tx.select({ version: taxonomyVersion.version }).from(taxonomyVersion).for('update');
}

export async function bumpAdditionsVersion(tx: DbOrTx): Promise<void> {
  await tx.update(taxonomyVersion).set({ version: sql`${taxonomyVersion.version} + 1` });
}

/** Records that every match profile was recomputed with the additions of `version` (never going back). */
export async function markProfilesRefreshed(db: DbOrTx, version: number): Promise<void> {
  await db.update(taxonomyVersion).set({ refreshedVersion: sql`greatest(${taxonomyVersion.refreshedVersion}, ${version})` });
}
