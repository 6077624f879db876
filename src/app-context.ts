import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { JobQueue } from './jobs/queue.ts';

/** What every use case and route may reach: configuration, the database, the job queue, the log. */
export interface AppContext {
  config: Config;
  database: Database;
  jobs: JobQueue;
  log: Logger;
}
