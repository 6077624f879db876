import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { databaseKinds, openTestDatabase } from '../testing/databases.ts';
import { startSmtpSink, waitFor } from '../testing/smtp-sink.ts';
import { startTestApp } from '../testing/test-app.ts';
import { sendEmailQueue, storeEmail } from './mailer.ts';
import { redispatchPendingEmails } from './pending-emails.ts';

describe.each(databaseKinds)('emails left without a job, on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());

  it('are delivered once when the app starts; one stored under a minute ago is left to its own job', async () => {
    const [stranded, fresh] = [`stranded-${kind}@example.es`, `fresh-${kind}@example.es`];
    const database = await openTestDatabase(kind);
    await migrate(database);
    // As if the process died between committing the email and enqueueing its delivery, a while ago.
    const strandedId = await storeEmail(database.db, { to: stranded, subject: 'Varado', text: 'Hola' });
    await database.query(`UPDATE outbound_emails SET created_at = now() - interval '2 minutes' WHERE id = $1`, [strandedId]);
    await storeEmail(database.db, { to: fresh, subject: 'Reciente', text: 'Hola' });

    const app = await startTestApp(kind, { SMTP_URL: smtp.url }, database);
    try {
      // Another start while the first job is still held adds no second one.
      await redispatchPendingEmails(app.ctx.database.db, app.ctx.jobs);
      expect(await waitFor(() => smtp.messages.some((m) => m.to.includes(stranded)))).toBe(true);
      await redispatchPendingEmails(app.ctx.database.db, app.ctx.jobs);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(smtp.messages.filter((m) => m.to.includes(stranded))).toHaveLength(1);
      expect(smtp.messages.filter((m) => m.to.includes(fresh))).toHaveLength(0);
      const jobs = await app.ctx.database.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM pgboss.job WHERE name = $1 AND data->>'emailId' = $2)::int
              + (SELECT count(*) FROM pgboss.archive WHERE name = $1 AND data->>'emailId' = $2)::int AS n`,
        [sendEmailQueue, strandedId],
      );
      expect(jobs[0]!.n).toBe(1);
    } finally {
      await app.close();
    }
  });
});
