import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { exportToString, openMembersDatabase } from '../members/test-helpers.ts';
import { databaseKinds } from '../testing/databases.ts';
import { seedDemo } from './demo.ts';

describe.each(databaseKinds)('seedDemo (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openMembersDatabase(kind);
  });
  afterAll(() => database?.close());

  it('fills a varied, bilingual demo community, the same on every run', async () => {
    const first = await seedDemo(database);
    expect(first.failed).toEqual([]);
    const exported = await exportToString(database);
    const members = exported.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
    expect(members.length).toBeGreaterThanOrEqual(60);
    expect(first).toMatchObject({ created: members.length, updated: 0 });
    expect(new Set(members.map((m) => m.sector)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(members.map((m) => m.city)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(members.map((m) => m.locale))).toEqual(new Set(['es', 'en']));

    expect(await seedDemo(database)).toEqual({ total: members.length, created: 0, updated: members.length, failed: [] });
    expect(await exportToString(database)).toBe(exported);
  });
});
