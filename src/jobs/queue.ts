import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';

export type JobHandler = (data: any) => Promise<void>;

/**
 * Durable background jobs on the application database through pg-boss, on PGlite and PostgreSQL
 * alike. Every instance can enqueue; only instances started with `work: true` fetch and run jobs,
 * and pg-boss hands each job to one worker (SKIP LOCKED), so a job runs once across instances.
 */
export interface JobQueue {
  /** With an `id`, a job still held under that id makes this a no-op (null): see job-id.ts. */
  send(name: string, data: object, options?: { id?: string; startAfter?: Date | number }): Promise<string | null>;
  /** Registers the handler for a queue; it runs only if this instance works jobs. */
  handle(name: string, handler: JobHandler): Promise<void>;
  /** Sends a job to the queue on a cron schedule (UTC), once across instances; the same name again replaces it. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobQueue(database: Database, options: { work: boolean; log: Logger }): Promise<JobQueue> {
  const boss = new PgBoss({
    ...database.boss,
    schema: 'pgboss',
    // Maintenance and scheduling need one instance to do them; workers are those instances.
    supervise: options.work,
    schedule: options.work,
    migrate: true,
  } as ConstructorParameters<typeof PgBoss>[0]);
  boss.on('error', (error) => options.log.error({ err: error }, 'job queue error'));
  await boss.start();
  const created = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (created.has(name)) return;
    await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
    created.add(name);
  };
  return {
    async send(name, data, sendOptions = {}) {
      await ensureQueue(name);
      return boss.send(name, data, sendOptions);
    },
    async handle(name, handler) {
      await ensureQueue(name);
      if (!options.work) return;
      await boss.work(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    },
    async schedule(name, cron, data = {}) {
      await ensureQueue(name);
      await boss.schedule(name, cron, data);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
