import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { importMembers } from '../../members/import-members.ts';
import { formatMemberLine } from '../../members/member-record.ts';
import { openMembersDatabase } from '../../members/test-helpers.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { syntheticMembers } from '../bench/synthetic-community.ts';
import { recommendFor } from '../discover/recommend.ts';
import { registerMatching } from '../register.ts';
import { saveFeedback } from '../store/feedback.ts';
import { loadTaxonomy } from '../taxonomy/taxonomy.ts';
import { computeWeeklyPicks, type WeeklyPicks } from './weekly-picks.ts';

const now = new Date('2026-11-27T10:00:00Z');

describe.each(databaseKinds)('weekly picks (%s)', (kind) => {
  let database: Database;
  let ids: string[];

  beforeAll(async () => {
    database = await openMembersDatabase(kind);
    registerMatching();
    const lines = [...syntheticMembers(42, 250, loadTaxonomy())].map((m) => formatMemberLine(m.record)).join('');
    await importMembers(database, Readable.from([lines]));
    ids = (await database.query<{ user_id: string }>('SELECT user_id FROM profiles ORDER BY slug')).map((r) => r.user_id);
    // Some network: connections (mutual contacts), a block, feedback either way.
    const [a, b, c, d, e, f] = ids;
    await database.query(
      `INSERT INTO connections (requester_id, addressee_id, status) VALUES ($1, $2, 'accepted'), ($2, $3, 'accepted'), ($4, $2, 'accepted'), ($1, $5, 'pending')`,
      [a, b, c, d, e],
    );
    await database.query('INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2)', [f, a]);
    const { items } = await recommendFor(database.db, a!, { limit: 3, now });
    await saveFeedback(database.db, a!, items[0]!.userId, 'not-relevant');
    await saveFeedback(database.db, a!, items[1]!.userId, 'interested');
  });
  afterAll(() => database.close());

  it('gives every member the same top 10 as Discover, in one thread or several', async () => {
    const collect = async (threads: number) => {
      const all = new Map<string, WeeklyPicks['picks']>();
      const result = await computeWeeklyPicks(database.db, { limit: 10, threads, now, onPicks: (chunk) => chunk.forEach((p) => all.set(p.userId, p.picks)) });
      expect(result).toEqual({ members: ids.length, threads });
      return all;
    };
    const single = await collect(1);
    const parallel = await collect(2);
    expect(parallel).toEqual(single);

    // Members touched by the network above, and a spread of others.
    for (const id of [...ids.slice(0, 6), ...ids.filter((_, i) => i % 25 === 0)]) {
      const { items } = await recommendFor(database.db, id, { limit: 10, now });
      expect(single.get(id)!.map((p) => [p.userId, p.score, p.relation]), id).toEqual(items.map((i) => [i.userId, i.score, i.relation]));
    }
    const [a, b, c, , , f] = ids;
    expect(single.get(a!)!.map((p) => p.userId)).not.toContain(f);
    expect(single.get(a!)!.map((p) => p.userId)).not.toContain(b);
    expect(single.get(c!)!.map((p) => p.userId)).not.toContain(b);
  });
});
