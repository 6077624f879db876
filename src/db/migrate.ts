import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies every `migrations/NNNN_name.sql` not yet recorded, each in its own transaction.
 * A transaction-level advisory lock makes concurrent instances starting together apply each
 * migration once; PGlite has a single connection so the lock is a no-op there.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const files = readdirSync(migrationsDir).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    const name = file.replace(/\.sql$/, '');
    const body = readFileSync(join(migrationsDir, file), 'utf8');
    const escapedName = name.replace(/'/g, "''");
    // One multi-statement text runs as one implicit transaction on both drivers: an error rolls
    // the whole migration back and leaves the connection clean.
    await database.exec(`SELECT pg_advisory_xact_lock(7201309);
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM schema_migrations WHERE name = '${escapedName}') THEN
          RAISE EXCEPTION USING ERRCODE = 'SMAPP', MESSAGE = 'already applied';
        END IF;
      END $$;
      ${body}
      INSERT INTO schema_migrations (name) VALUES ('${escapedName}');`).then(
      () => applied.push(name),
      (error: { code?: string; message?: string }) => {
        if (error.code !== 'SMAPP' && !String(error.message).includes('already applied')) throw error;
      },
    );
  }
  return applied;
}
