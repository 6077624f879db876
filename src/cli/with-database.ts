import { openConfiguredDatabase } from '../app.ts';
import { ensureDefaultCommunity } from '../communities/communities.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { prepareMatching } from '../matching/register.ts';

/**
 * Runs a command against the configured, migrated database, closing it afterwards. The command is
 * told which migrations this run applied.
 */
export async function withDatabase<T>(
  work: (database: Database, config: Config, applied: string[]) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrate(database);
    await ensureDefaultCommunity(database.db, config.defaultCommunityName);
    // Imports keep match profiles current (with the administrators' additions to the taxonomy); a
    // database from before matching gets them here.
    await prepareMatching(database.db);
    return await work(database, config, applied);
  } finally {
    await database.close();
  }
}
