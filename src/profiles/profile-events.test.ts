import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertAccountsByEmail } from '../accounts/accounts.ts';
import type { Database, DbOrTx } from '../db/database.ts';
import { openMembersDatabase } from '../members/test-helpers.ts';
import { databaseKinds } from '../testing/databases.ts';
import { onProfilesSaved } from './profile-events.ts';
import { profileOf, profilesOf, saveProfile } from './profiles.ts';
import { saveProfiles } from './save-profiles.ts';

describe.each(databaseKinds)('profile save events (%s)', (kind) => {
  let database: Database;
  let ids: string[];
  const stop: (() => void)[] = [];
  beforeEach(async () => {
    database = await openMembersDatabase(kind);
    const accounts = await upsertAccountsByEmail(database.db, [{ email: 'ana@example.es' }, { email: 'bea@example.es' }]);
    ids = [...accounts.values()].map((account) => account.id);
  });
  afterEach(async () => {
    stop.splice(0).forEach((unsubscribe) => unsubscribe());
    await database.close();
  });

  it('tell handlers which profiles were saved, inside the transaction, after writing', async () => {
    const seen: { ids: string[]; names: string[] }[] = [];
    stop.push(
      onProfilesSaved(async (tx: DbOrTx, userIds) => {
        seen.push({ ids: userIds, names: [...(await profilesOf(tx, userIds)).values()].map((p) => p.name) });
      }),
    );
    await database.db.transaction((tx) => saveProfile(tx, ids[0]!, { name: 'Ana' }));
    await database.db.transaction((tx) => saveProfile(tx, ids[0]!, { city: 'Madrid' }));
    await database.db.transaction((tx) => saveProfiles(tx, [{ userId: ids[0]!, input: {} }, { userId: ids[1]!, input: { name: 'Bea' } }]));
    expect(seen).toEqual([
      { ids: [ids[0]], names: ['Ana'] },
      { ids: [ids[0]], names: ['Ana'] },
      { ids, names: expect.arrayContaining(['Ana', 'Bea']) },
    ]);
  });

  it('roll the save back when a handler fails', async () => {
    stop.push(
      onProfilesSaved(async () => {
        throw new Error('derived data could not be written');
      }),
    );
    await expect(database.db.transaction((tx) => saveProfile(tx, ids[0]!, { name: 'Ana' }))).rejects.toThrow('derived data');
    expect(await profileOf(database.db, ids[0]!)).toBeUndefined();
  });
});
