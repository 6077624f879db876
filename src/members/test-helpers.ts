import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { ensureDefaultCommunity } from '../communities/communities.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { openTestDatabase, type DatabaseKind } from '../testing/databases.ts';
import { exportMembers } from './export-members.ts';

/** A fresh database ready for members, as the CLI prepares one. */
export async function openMembersDatabase(kind: DatabaseKind): Promise<Database> {
  const database = await openTestDatabase(kind);
  await migrate(database);
  await ensureDefaultCommunity(database.db, 'Sinergia');
  return database;
}

export async function exportToString(database: Database): Promise<string> {
  const output = new PassThrough();
  const collected = text(output);
  await exportMembers(database, output);
  output.end();
  return collected;
}
