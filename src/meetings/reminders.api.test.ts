import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { useTestApp } from '../testing/api-test.ts';
import { startChildServer, waitForExit } from '../testing/child-server.ts';
import { databaseKinds, openTestDatabase, testDatabaseUrl } from '../testing/databases.ts';
import { createMember, type TestMember } from '../testing/members.ts';
import { decodeQuotedPrintable, startSmtpSink, waitFor } from '../testing/smtp-sink.ts';
import { meetingReminderQueue, scheduleMissingReminders, sendMeetingReminder, type ReminderJob } from './reminders.ts';
import type { SlotView } from './slot-views.ts';

const reminderLine = 'Te recordamos tu reunión';
/** Slots more than a day ahead, so that both reminders are still to come whatever day the test runs. */
const dayAhead = (slots: SlotView[]) =>
  slots.filter((slot) => Date.parse(slot.start) > Date.now() + 25 * 3_600_000).map(({ start, end }) => ({ start, end }));

describe.each(databaseKinds)('meeting reminders on %s', (kind) => {
  describe('the job handler', () => {
    const t = useTestApp(kind);
    let serial = 0;
    const member = (name: string) => createMember(t.server, `${name}-${++serial}@example.es`, `${name} ${serial}`);
    const reminderEmails = async (meetingId: string) =>
      t.app.ctx.database.query(
        `SELECT e.to_address FROM outbound_emails e WHERE e.text_body LIKE $1 AND e.text_body LIKE '%' || $2 || '%'`,
        [`%${reminderLine}%`, meetingId],
      );
    const acceptedMeeting = async (a: TestMember, b: TestMember) => {
      const slots: SlotView[] = (await a.client.get(`/api/meetings/slots?with=${b.slug}`)).json().slots;
      const bare = dayAhead(slots).slice(0, 2);
      const { id } = (await a.client.post('/api/meetings', { with: b.slug, purpose: 'Cafe', format: 'video', lengthMinutes: 30, slots: bare })).json();
      expect((await b.client.post(`/api/meetings/${id}/accept`, { start: bare[0]!.start })).statusCode).toBe(200);
      return { id: id as string, job: (kind: ReminderJob['kind']): ReminderJob => ({ meetingId: id, kind, startsAt: bare[0]!.start }), bare };
    };

    it('sends each reminder to both members once, however often its job runs', async () => {
      const [ana, bruno] = [await member('ana'), await member('bruno')];
      const { id, job } = await acceptedMeeting(ana, bruno);
      const remind = sendMeetingReminder(t.app.ctx);
      await remind(job('24h'));
      await remind(job('24h'));
      expect((await reminderEmails(id)).map((r) => r.to_address).sort()).toEqual([ana.me.email, bruno.me.email].sort());
      await remind(job('1h'));
      expect(await reminderEmails(id)).toHaveLength(4);
    });

    it('at start, schedules the reminders an accepted meeting ahead is missing, and never a second job for one', async () => {
      const { id } = await acceptedMeeting(await member('ana'), await member('bruno'));
      const { database, jobs } = t.app.ctx;
      const reminderJobs = async () =>
        (await database.query<{ kind: string }>(`SELECT data->>'kind' AS kind FROM pgboss.job WHERE name = $1 AND data->>'meetingId' = $2 ORDER BY 1`, [meetingReminderQueue, id])).map((job) => job.kind);
      expect(await reminderJobs()).toEqual(['1h', '24h']);
      await scheduleMissingReminders(database.db, jobs);
      expect(await reminderJobs()).toEqual(['1h', '24h']);
      // The process died after the commit, before sending the jobs.
      await database.query(`DELETE FROM pgboss.job WHERE name = $1 AND data->>'meetingId' = $2`, [meetingReminderQueue, id]);
      await scheduleMissingReminders(database.db, jobs);
      expect(await reminderJobs()).toEqual(['1h', '24h']);
    });

    it('sends nothing for a cancelled meeting, nor for the old time of a rescheduled one', async () => {
      const [ana, bruno] = [await member('ana'), await member('bruno')];
      const cancelled = await acceptedMeeting(ana, bruno);
      await ana.client.post(`/api/meetings/${cancelled.id}/cancel`, { reason: 'No puedo' });
      await sendMeetingReminder(t.app.ctx)(cancelled.job('1h'));
      expect(await reminderEmails(cancelled.id)).toEqual([]);

      const moved = await acceptedMeeting(ana, bruno);
      const again = await bruno.client.post(`/api/meetings/${moved.id}/reschedule`, { slots: [moved.bare[1]], reason: 'Otra hora' });
      expect(again.statusCode, again.body).toBe(200);
      await ana.client.post(`/api/meetings/${moved.id}/accept`, { start: moved.bare[1]!.start });
      await sendMeetingReminder(t.app.ctx)(moved.job('1h')); // for the old start
      expect(await reminderEmails(moved.id)).toEqual([]);
      const queued = await t.app.ctx.database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'meetingId' = $2 AND data->>'startsAt' = $3`,
        [meetingReminderQueue, moved.id, moved.bare[1]!.start],
      );
      expect(queued[0]!.n).toBe(2); // the new time has its own 24 h and 1 h reminders
    });
  });

  describe('across a crash', () => {
    let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
    beforeAll(async () => {
      smtp = await startSmtpSink();
    });
    afterAll(() => smtp.close());

    it('a reminder scheduled before the server dies is sent exactly once after the restart', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'sinergia-reminder-crash-'));
      const database = kind === 'postgres' ? await openTestDatabase('postgres') : undefined;
      const env = { DATA_DIR: dataDir, SMTP_URL: smtp.url, PUBLIC_URL: 'http://localhost:3000', ...(database ? { DATABASE_URL: testDatabaseUrl(database)! } : {}) };
      const emails = [`ana-crash-${kind}@example.es`, `bruno-crash-${kind}@example.es`];
      try {
        // The first instance books the meeting (scheduling its reminders) but works no jobs, then dies.
        const first = await startChildServer({ ...env, JOBS: 'off' });
        const [ana, bruno] = await Promise.all(emails.map((email) => httpMember(first.url, email)));
        const slots: SlotView[] = await (await ana!.call('GET', `/api/meetings/slots?with=${bruno!.slug}`)).json().then((b: { slots: SlotView[] }) => b.slots);
        const bare = dayAhead(slots).slice(0, 1);
        const created = await (await ana!.call('POST', '/api/meetings', { with: bruno!.slug, purpose: 'Cafe', format: 'video', lengthMinutes: 30, slots: bare })).json();
        expect((await bruno!.call('POST', `/api/meetings/${created.id}/accept`, { start: bare[0]!.start })).status).toBe(200);
        first.child.kill('SIGKILL');
        await waitForExit(first.child);

        // Time passes: the reminders fall due while no server runs.
        const db = database ?? (await openDatabase({ dataDir }));
        await db.query(`UPDATE pgboss.job SET start_after = now() WHERE name = $1`, [meetingReminderQueue]);
        if (!database) await db.close();

        const reminders = (email: string) => smtp.messages.filter((m) => m.to.includes(email) && decodeQuotedPrintable(m.raw).includes(reminderLine));
        const second = await startChildServer(env);
        try {
          expect(await waitFor(() => emails.every((email) => reminders(email).length === 2), 30_000)).toBe(true);
          await new Promise((resolve) => setTimeout(resolve, 3000));
          for (const email of emails) expect(reminders(email)).toHaveLength(2); // 24 h and 1 h, once each
        } finally {
          second.child.kill('SIGTERM');
          expect(await waitForExit(second.child)).toBe(0);
        }
      } finally {
        await database?.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});

/** A member signed up over real HTTP, with a `call` that sends their session cookie and CSRF token. */
async function httpMember(baseUrl: string, email: string) {
  const signup = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery', name: email.split('@')[0] }),
  });
  expect(signup.status).toBe(201);
  const cookies = signup.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('sinergia_csrf='))!.split('=')[1]!;
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie: cookies.join('; '), 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const { user } = (await signup.json()) as { user: { profile: { slug: string } } };
  return { call, slug: user.profile.slug };
}
