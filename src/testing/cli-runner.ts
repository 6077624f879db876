import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/database.ts';
import { openTestDatabase, testDatabaseUrl, type DatabaseKind } from './databases.ts';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * For a describe block: a temporary DATA_DIR (and, for PostgreSQL, a fresh database) and a
 * `sinergia(...args)` that runs the real CLI in a child process against them.
 */
export function useCli(kind: DatabaseKind, prefix = 'sinergia-cli-') {
  const state = { dir: '', env: {} as NodeJS.ProcessEnv };
  let database: Database | undefined;
  beforeAll(async () => {
    state.dir = mkdtempSync(join(tmpdir(), prefix));
    // An empty DATABASE_URL means the embedded database in DATA_DIR.
    state.env = { ...process.env, DATA_DIR: state.dir, DATABASE_URL: '' };
    if (kind === 'postgres') {
      database = await openTestDatabase(kind);
      state.env.DATABASE_URL = testDatabaseUrl(database);
    }
  });
  afterAll(async () => {
    await database?.close();
    rmSync(state.dir, { recursive: true, force: true });
  });
  const start = (args: string[]) => run(process.execPath, ['bin/sinergia.js', ...args], { env: state.env });
  const settle = (running: ReturnType<typeof start>): Promise<CliResult> =>
    running.then(
      (done) => ({ code: 0, ...done }),
      (failed: CliResult) => failed,
    );
  const sinergia = (...args: string[]): Promise<CliResult> => settle(start(args));
  /** Like `sinergia`, with `input` as the command's standard input. */
  const sinergiaWithInput = (input: string, ...args: string[]): Promise<CliResult> => {
    const running = start(args);
    running.child.stdin?.end(input);
    return settle(running);
  };
  return { sinergia, sinergiaWithInput, dir: () => state.dir };
}
