import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { schema } from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: use cases accept either so callers can compose them. */
export type DbOrTx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

/** The minimal SQL surface pg-boss needs; multi-statement text must go through `exec` on PGlite. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** One parameterised statement. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements in one text (migrations). */
  exec(text: string): Promise<void>;
  /** How pg-boss reaches this database. */
  boss: { connectionString: string } | { db: SqlExecutor };
  close(): Promise<void>;
}

export type DatabaseLocation = { url: string } | { dataDir: string } | { memory: true };

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if ('url' in location) return openPostgres(location.url);
  return openPglite('dataDir' in location ? location.dataDir : undefined);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let path: string | undefined;
  let unlock = () => {};
  if (dataDir) {
    path = join(dataDir, 'pg');
    mkdirSync(path, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  const client = await PGlite.create(path, { extensions: { pg_trgm, unaccent } }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const query = async <T>(text: string, params?: unknown[]) =>
    (await client.query<T>(text, params as any[])).rows;
  return {
    kind: 'pglite',
    db: drizzlePglite(client, { schema }) as unknown as Db,
    query,
    exec: async (text) => {
      await client.exec(text);
    },
    boss: {
      db: {
        executeSql: async (text, values) =>
          values?.length ? client.query(text, values as any[]) : ((await client.exec(text)).at(-1) ?? { rows: [] }),
      },
    },
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle client losing its server connection must not crash the process.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    db: drizzleNodePostgres(pool, { schema }) as unknown as Db,
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    exec: async (text) => {
      await pool.query(text);
    },
    boss: { connectionString: url },
    close: () => pool.end(),
  };
}
