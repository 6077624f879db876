import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userByEmail } from '../accounts/accounts.ts';
import type { Database } from '../db/database.ts';
import { profileOf } from '../profiles/profiles.ts';
import { databaseKinds } from '../testing/databases.ts';
import { importMembers } from './import-members.ts';
import { exportToString, openMembersDatabase } from './test-helpers.ts';

const member = (n: number, fields: Record<string, unknown> = {}) =>
  JSON.stringify({ email: `m${n}@example.es`, name: `Miembro ${n}`, ...fields });
const linesOf = (...lines: string[]) => Readable.from([lines.map((line) => `${line}\n`).join('')]);

describe.each(databaseKinds)('importMembers (%s)', (kind) => {
  let database: Database;
  beforeEach(async () => {
    database = await openMembersDatabase(kind);
  });
  afterEach(() => database.close());

  it('rejects only the line that fails in the database and keeps the rest of its batch', async () => {
    // Stands in for any failure the validator cannot foresee.
    await database.exec(`ALTER TABLE profiles ADD CONSTRAINT test_refused CHECK (company <> 'Refused SL')`);
    const summary = await importMembers(
      database,
      linesOf(member(1), member(2), member(3, { company: 'Refused SL' }), member(4), member(5)),
    );
    expect(summary.created).toBe(4);
    expect(summary.failed).toEqual([{ line: 3, reason: expect.stringMatching(/^database: .*test_refused/) }]);
    // Nothing half-written: not even the account of the refused line.
    expect(await userByEmail(database.db, 'm3@example.es')).toBeUndefined();
    expect((await exportToString(database)).match(/"email"/g)).toHaveLength(4);
  });

  it('lets the last of several lines with the same email win, counting both as imported', async () => {
    const summary = await importMembers(
      database,
      linesOf(member(1, { city: 'Madrid', locale: 'en' }), member(2), member(1, { city: 'Sevilla', email: 'M1@Example.es' })),
    );
    expect(summary).toEqual({ total: 3, created: 2, updated: 1, failed: [] });
    const user = await userByEmail(database.db, 'm1@example.es');
    expect(user?.locale).toBe('en');
    expect((await profileOf(database.db, user!.id))?.city).toBe('Sevilla');
  });

  it('keeps the fields a later import leaves out', async () => {
    await importMembers(database, linesOf(member(1, { city: 'Madrid', offers: ['bodas'], communities: ['bodas'] })));
    const summary = await importMembers(database, linesOf(member(1, { name: 'Ana', headline: '' })));
    expect(summary).toEqual({ total: 1, created: 0, updated: 1, failed: [] });
    expect(await exportToString(database)).toBe(
      '{"email":"m1@example.es","name":"Ana","city":"Madrid","locale":"es","offers":["bodas"],"remote":false,"communities":["bodas"]}\n',
    );
  });

  it('accepts a byte order mark, CRLF line ends, blank lines and text chunks cut anywhere', async () => {
    const text = `\uFEFF${member(1)}\r\n\r\n   \n${member(2, { name: 'Zoë' })}\r\n${member(3, { name: 'x'.repeat(121) })}`;
    const summary = await importMembers(database, Readable.from([...text]));
    expect(summary).toEqual({
      total: 3,
      created: 2,
      updated: 0,
      failed: [{ line: 5, reason: 'name: must be at most 120 characters' }],
    });
    expect((await exportToString(database)).split('\n')[1]).toContain('"name":"Zoë"');
  });

  it('rejects a line too long to be a member without holding it in memory', async () => {
    const summary = await importMembers(database, Readable.from([member(1), `\n[${'"x",'.repeat(300_000)}"x"]\n`, member(3)]));
    expect(summary).toEqual({ total: 3, created: 2, updated: 0, failed: [{ line: 2, reason: 'longer than 1 MiB' }] });
  });
});
