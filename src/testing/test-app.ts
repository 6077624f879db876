import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startApp, type RunningApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase, type DatabaseKind } from './databases.ts';

export interface TestApp extends RunningApp {
  config: Config;
  dataDir: string;
}

/**
 * The real application on a fresh database (or on `database`, prepared by the test), with generous
 * rate limits unless a test sets them.
 */
export async function startTestApp(kind: DatabaseKind, env: Record<string, string> = {}, database?: Database): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinergia-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SESSION_SECRET: 'test-secret-test-secret-test-secret',
    PUBLIC_URL: 'http://localhost:3000',
    RATE_LIMIT_LOGIN: '1000/60',
    RATE_LIMIT_SIGNUP: '1000/60',
    RATE_LIMIT_PASSWORD_RESET: '1000/60',
    ...env,
  });
  const app = await startApp(config, { database: database ?? (await openTestDatabase(kind)), log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
  return {
    ...app,
    config,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
