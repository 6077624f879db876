import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userByEmail } from '../../accounts/accounts.ts';
import type { Database } from '../../db/database.ts';
import { importMembers } from '../../members/import-members.ts';
import { openMembersDatabase } from '../../members/test-helpers.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { registerMatching } from '../register.ts';
import { backfillMatchProfiles, refreshAllMatchProfiles } from './refresh.ts';

const lines = (...members: object[]) => Readable.from([members.map((m) => `${JSON.stringify(m)}\n`).join('')]);
const ana = {
  email: 'ana@example.es', name: 'Ana García', city: 'Madrid', region: 'Comunidad de Madrid', country: 'ES', languages: ['en'],
  locale: 'es', offers: ['fotografía de bodas'], needs: ['floristas', 'parejas que se casan'], goals: ['partners'], remote: true,
  sector: 'restauración', communities: ['camara-madrid'],
};

describe.each(databaseKinds)('match profiles (%s)', (kind) => {
  let database: Database;
  beforeEach(async () => {
    database = await openMembersDatabase(kind);
    registerMatching();
  });
  afterEach(() => database.close());

  const stored = () =>
    database.query<Record<string, unknown>>(
      `SELECT u.email, m.offer_concepts, m.need_concepts, m.business_types, m.languages, m.locale, m.city,
              m.region, m.country, m.remote, m.goals, m.communities
       FROM match_profiles m JOIN users u ON u.id = m.user_id ORDER BY u.email`,
    );

  it('follow every profile save: concepts, the locale among the languages, communities', async () => {
    await importMembers(database, lines(ana));
    expect(await stored()).toEqual([{
      email: 'ana@example.es',
      offer_concepts: ['wedding-photography'],
      need_concepts: ['floristry', 'couples-getting-married'],
      business_types: ['restaurants'],
      languages: ['en', 'es'],
      locale: 'es',
      city: 'Madrid',
      region: 'Comunidad de Madrid',
      country: 'ES',
      remote: true,
      goals: ['partners'],
      // The default community, which everyone shares, says nothing.
      communities: ['camara-madrid'],
    }]);

    await importMembers(database, lines({ email: ana.email, name: ana.name, offers: ['catering para bodas'], locale: 'en' }));
    expect(await stored()).toMatchObject([{ offer_concepts: ['catering'], need_concepts: ['floristry', 'couples-getting-married'], locale: 'en' }]);
  });

  it('are backfilled when missing, and recomputed all at once on demand', async () => {
    await importMembers(database, lines(ana, { email: 'bea@example.es', name: 'Bea', offers: ['floristería'] }));
    expect(await backfillMatchProfiles(database.db)).toBe(0);
    const bea = (await userByEmail(database.db, 'bea@example.es'))!;
    await database.query('DELETE FROM match_profiles WHERE user_id = $1', [bea.id]);
    expect(await backfillMatchProfiles(database.db)).toBe(1);
    expect((await stored()).map((row) => row.email)).toEqual(['ana@example.es', 'bea@example.es']);

    await database.query(`UPDATE match_profiles SET offer_concepts = '{}'`);
    expect(await refreshAllMatchProfiles(database.db)).toBe(2);
    expect((await stored()).map((row) => row.offer_concepts)).toEqual([['wedding-photography'], ['floristry']]);
  });
});
