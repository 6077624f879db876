import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.ts';
import { digestQueue, digestSweepQueue, scheduleDigestSweep, sendWeeklyDigest, sweepDigests } from './coach/plan/digest.ts';
import { ensureDefaultCommunity } from './communities/communities.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { buildServer } from './http/server.ts';
import { startJobQueue } from './jobs/queue.ts';
import { deliverQueuedEmail, sendEmailQueue } from './mail/mailer.ts';
import { redispatchPendingEmails } from './mail/pending-emails.ts';
import { createMailTransport } from './mail/transport.ts';
import { followTaxonomyAdditions, prepareMatching } from './matching/register.ts';
import { followUpQueue, scheduleMissingFollowUps, sendFollowUp } from './meetings/follow-ups.ts';
import { meetingReminderQueue, scheduleMissingReminders, sendMeetingReminder } from './meetings/reminders.ts';

export interface RunningApp {
  ctx: AppContext;
  server: FastifyInstance;
  /** Stops accepting, finishes in-flight requests, stops jobs, closes the database. */
  close(): Promise<void>;
}

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
}

/** Opens the database, migrates it, starts the job queue and builds the HTTP server (not listening). */
export async function startApp(
  config: Config,
  options: { database?: Database; log?: Logger } = {},
): Promise<RunningApp> {
  const log = options.log ?? pino({ level: config.logLevel });
  const database = options.database ?? (await openConfiguredDatabase(config));
  await migrate(database);
  await ensureDefaultCommunity(database.db, config.defaultCommunityName);
  await prepareMatching(database.db);
  const jobs = await startJobQueue(database, { work: config.jobs, log });
  const ctx: AppContext = { config, database, jobs, log };

  const transport = createMailTransport({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: join(config.dataDir, 'outbox'),
    log,
  });
  await jobs.handle(sendEmailQueue, deliverQueuedEmail(database.db, transport));
  await jobs.handle(meetingReminderQueue, sendMeetingReminder(ctx));
  await jobs.handle(followUpQueue, sendFollowUp(ctx));
  await jobs.handle(digestSweepQueue, sweepDigests(ctx));
  await jobs.handle(digestQueue, sendWeeklyDigest(ctx));
  // A crash between a commit and sending its jobs leaves work nobody would do: send it again (idempotent).
  await redispatchPendingEmails(database.db, jobs);
  await scheduleMissingReminders(database.db, jobs);
  await scheduleMissingFollowUps(ctx);
  await scheduleDigestSweep(ctx);
  const stopFollowingTaxonomy = await followTaxonomyAdditions(database.db, jobs, log);

  const server = await buildServer(ctx);
  let closing: Promise<void> | undefined;
  return {
    ctx,
    server,
    close: () =>
      (closing ??= (async () => {
        await server.close();
        await stopFollowingTaxonomy();
        await jobs.stop();
        await database.close();
      })()),
  };
}
