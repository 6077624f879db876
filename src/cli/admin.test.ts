import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userByEmail } from '../accounts/accounts.ts';
import { openDatabase } from '../db/database.ts';

const run = promisify(execFile);

describe('sinergia migrate and admin grant (embedded database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinergia-admin-'));
  const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '' };
  const sinergia = (...args: string[]) =>
    run(process.execPath, ['bin/sinergia.js', ...args], { env }).then(
      (done) => ({ code: 0, ...done }),
      (failed: { code: number; stdout: string; stderr: string }) => failed,
    );
  beforeAll(() => writeFileSync(join(dir, 'one.jsonl'), '{"email":"Directora@Example.es","name":"Directora"}\n'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a new database, then reports it up to date', async () => {
    expect((await sinergia('migrate')).stdout).toMatch(/^Applied: 0001_foundation/);
    expect((await sinergia('migrate')).stdout).toMatch(/up to date/);
  });

  it('makes an existing member an instance administrator and refuses an unknown email', async () => {
    expect((await sinergia('import', 'members', join(dir, 'one.jsonl'))).code).toBe(0);
    const granted = await sinergia('admin', 'grant', 'directora@example.es');
    expect(granted.code).toBe(0);
    expect(granted.stdout).toContain('directora@example.es is now an instance administrator');
    const unknown = await sinergia('admin', 'grant', 'nadie@example.es');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No account with email nadie@example.es');
    expect((await sinergia('admin', 'promote')).code).toBe(1);

    const database = await openDatabase({ dataDir: dir });
    try {
      expect((await userByEmail(database.db, 'DIRECTORA@example.es'))?.isInstanceAdmin).toBe(true);
    } finally {
      await database.close();
    }
  });
});
