import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertAccountsByEmail, userByEmail } from '../../accounts/accounts.ts';
import type { Database, DbOrTx } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { importMembers } from '../../members/import-members.ts';
import { openMembersDatabase } from '../../members/test-helpers.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { conceptIndex, currentTaxonomy } from '../indexes.ts';
import { prepareMatching } from '../register.ts';
import { conceptsOfPhrase } from '../store/phrase-concepts.ts';
import { queueMissedMatchProfileRefresh, refreshMatchProfilesAfterChange } from './refresh-job.ts';
import { insertConcept, insertSynonym } from './store.ts';
import { syncTaxonomyAdditions } from './sync.ts';
import { additionsVersionOf, bumpAdditionsVersion } from './version.ts';

const kombucha = {
  concept: {
    id: 'kombucha', kind: 'product' as const, spheres: ['agrifood-wine'],
    label: { es: 'Kombucha', en: 'Kombucha' }, synonyms: { es: [], en: [] },
  },
  synonyms: [],
  relations: [{ from: 'kombucha', to: 'restaurants', type: 'supplies' as const }],
};

/** A queue that only records what was sent. */
function recordingQueue(): JobQueue & { sent: object[] } {
  const sent: object[] = [];
  return { sent, send: async (_name, data) => (sent.push(data), 'job'), handle: async () => {}, schedule: async () => {}, stop: async () => {} };
}

describe.each(databaseKinds)('taxonomy additions across instances (%s)', (kind) => {
  let database: Database;
  beforeEach(async () => {
    database = await openMembersDatabase(kind);
    await prepareMatching(database.db);
  });
  afterEach(() => database.close());

  /** What another instance does: write an addition and move the version on. */
  const changeElsewhere = (write: (tx: DbOrTx) => Promise<unknown>) =>
    database.db.transaction(async (tx) => {
      await write(tx);
      await bumpAdditionsVersion(tx);
    });

  it('picks up another instance’s change with one version check, and does nothing while there is none', async () => {
    expect(conceptsOfPhrase(conceptIndex(), 'kombucha')).toEqual([]);
    const admin = (await upsertAccountsByEmail(database.db, [{ email: 'irene@example.es' }])).get('irene@example.es')!.id;
    await changeElsewhere((tx) => insertConcept(tx, kombucha, admin));
    expect(conceptsOfPhrase(conceptIndex(), 'kombucha')).toEqual([]);

    expect(await syncTaxonomyAdditions(database.db)).toBe(1);
    expect(conceptsOfPhrase(conceptIndex(), 'kombucha ecológica')).toEqual(['kombucha']);
    expect(currentTaxonomy().relations.at(-1)).toEqual({ from: 'kombucha', to: 'restaurants', type: 'supplies' });
    const index = conceptIndex();
    expect(await syncTaxonomyAdditions(database.db)).toBe(1);
    expect(conceptIndex()).toBe(index);
  });

  it('recomputes every match profile once for a burst of changes, and queues a refresh a crash left out', async () => {
    await importMembers(database, Readable.from([`${JSON.stringify({ email: 'luis@example.es', name: 'Luis', needs: ['un luthier'] })}\n`]));
    const luis = (await userByEmail(database.db, 'luis@example.es'))!;
    const needs = async () => (await database.query<{ need_concepts: string[] }>('SELECT need_concepts FROM match_profiles WHERE user_id = $1', [luis.id]))[0]!.need_concepts;
    expect(await needs()).toEqual([]);

    await changeElsewhere((tx) => insertSynonym(tx, { conceptId: 'handicrafts', locale: 'es', term: 'luthier' }, luis.id));
    await changeElsewhere((tx) => insertConcept(tx, kombucha, luis.id));
    const jobs = recordingQueue();
    await queueMissedMatchProfileRefresh(database.db, jobs);
    expect(jobs.sent).toEqual([{ version: 2 }]);

    const refresh = refreshMatchProfilesAfterChange(database.db);
    await refresh({ version: 1 });
    expect(await needs()).toEqual(['handicrafts']);
    expect(await additionsVersionOf(database.db)).toEqual({ version: 2, refreshedVersion: 2 });

    // The job queued for the second change finds the work done.
    await database.query('UPDATE match_profiles SET need_concepts = $1', [['stale']]);
    await refresh({ version: 2 });
    expect(await needs()).toEqual(['stale']);
    await queueMissedMatchProfileRefresh(database.db, jobs);
    expect(jobs.sent).toHaveLength(1);
  });
});
