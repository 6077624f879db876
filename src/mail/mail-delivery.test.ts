import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startChildServer, waitForExit } from '../testing/child-server.ts';
import { databaseKinds, openTestDatabase, testDatabaseUrl } from '../testing/databases.ts';
import { decodeQuotedPrintable, startSmtpSink, waitFor } from '../testing/smtp-sink.ts';
import { startTestApp } from '../testing/test-app.ts';

const resetLink = /http:\/\/localhost:3000\/reset-password\?token=[\w%-]+/;

describe.each(databaseKinds)('password reset email on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());

  it('is delivered over SMTP, localised, with a working single-use link', async () => {
    const app = await startTestApp(kind, { SMTP_URL: smtp.url, MAIL_FROM: 'Sinergia <hola@sinergia.test>' });
    try {
      const client = new ApiClient(app.server, 'en');
      await client.signup('smtp-reader@example.com', 'Grace Hopper');
      expect((await client.post('/api/auth/password-reset', { email: 'smtp-reader@example.com' })).statusCode).toBe(202);
      expect(await waitFor(() => smtp.messages.some((m) => m.to.includes('smtp-reader@example.com')))).toBe(true);

      const mail = smtp.messages.find((m) => m.to.includes('smtp-reader@example.com'))!;
      const text = decodeQuotedPrintable(mail.raw);
      expect(mail.from).toBe('hola@sinergia.test');
      expect(text).toMatch(/^Subject: Reset your Sinergia password/m);
      expect(text).toContain('Hello Grace Hopper');
      const link = text.match(resetLink)![0];
      const token = decodeURIComponent(new URL(link).searchParams.get('token')!);
      const confirm = await client.post('/api/auth/password-reset/confirm', { token, password: 'a brand new password' });
      expect(confirm.statusCode).toBe(204);
      const login = await client.post('/api/auth/login', { email: 'smtp-reader@example.com', password: 'a brand new password' });
      expect(login.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('is written to data/outbox as an .eml file when no SMTP_URL is set', async () => {
    const app = await startTestApp(kind);
    try {
      const client = new ApiClient(app.server);
      await client.signup('outbox@example.es', 'Lucía Pérez');
      await client.post('/api/auth/password-reset', { email: 'outbox@example.es' });
      const outbox = join(app.dataDir, 'outbox');
      const files = () => {
        try {
          return readdirSync(outbox).filter((f) => f.endsWith('.eml'));
        } catch {
          return [];
        }
      };
      expect(await waitFor(() => files().length === 1)).toBe(true);
      const eml = decodeQuotedPrintable(readFileSync(join(outbox, files()[0]!), 'utf8'));
      expect(eml).toMatch(/^To: outbox@example\.es/m);
      expect(eml).toContain('Hola, Lucía Pérez');
      expect(eml).toMatch(resetLink);
    } finally {
      await app.close();
    }
  });

  it('survives a crash between the accepted request and delivery, and is sent exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sinergia-crash-'));
    const database = kind === 'postgres' ? await openTestDatabase('postgres') : undefined;
    const env = {
      DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://localhost:3000',
      ...(database ? { DATABASE_URL: testDatabaseUrl(database)! } : {}),
    };
    const recipient = `crash-${kind}@example.es`;
    try {
      // First instance accepts the request but works no jobs, then dies without any cleanup.
      const first = await startChildServer({ ...env, JOBS: 'off' });
      const signup = await fetch(`${first.url}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: recipient, password: 'correct horse battery', name: 'Crash Test' }),
      });
      expect(signup.status).toBe(201);
      const reset = await fetch(`${first.url}/api/auth/password-reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: recipient }),
      });
      expect(reset.status).toBe(202);
      first.child.kill('SIGKILL');
      await waitForExit(first.child);
      expect(smtp.messages.filter((m) => m.to.includes(recipient))).toHaveLength(0);

      // A restarted instance that works jobs delivers the email, once.
      const second = await startChildServer(env);
      try {
        expect(await waitFor(() => smtp.messages.some((m) => m.to.includes(recipient)), 30_000)).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 3000));
        expect(smtp.messages.filter((m) => m.to.includes(recipient))).toHaveLength(1);
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
