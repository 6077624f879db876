import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ProblemBody } from '../http/problem.ts';
import { ApiClient } from './api-client.ts';
import type { DatabaseKind } from './databases.ts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './smtp-sink.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export interface TestAppHandle {
  readonly app: TestApp;
  readonly server: FastifyInstance;
  /** A new, logged-out client speaking `language` (Accept-Language). */
  client(language?: string): ApiClient;
}

/** One real app for the enclosing describe block: started in beforeAll, closed in afterAll. */
export function useTestApp(kind: DatabaseKind, env: Record<string, string> = {}): TestAppHandle {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(kind, env);
  });
  afterAll(async () => {
    await app?.close();
  });
  return handleOf(() => app);
}

export interface TestAppWithSmtpHandle extends TestAppHandle {
  /** Every email the app has sent so far, as its SMTP server received them. */
  mails(): ReceivedMail[];
}

/** As useTestApp, with the app sending its emails (SMTP_URL) to a real SMTP server of its own. */
export function useTestAppWithSmtp(kind: DatabaseKind, env: Record<string, string> = {}): TestAppWithSmtpHandle {
  let smtp: SmtpSink | undefined;
  let app: TestApp | undefined;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startTestApp(kind, { ...env, SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    try {
      await app?.close();
    } finally {
      await smtp?.close();
    }
  });
  return Object.assign(handleOf(() => app), {
    mails: () => {
      if (!smtp) throw new Error('The SMTP server is not running (use it inside tests or hooks)');
      return smtp.messages;
    },
  });
}

function handleOf(running: () => TestApp | undefined): TestAppHandle {
  const current = () => {
    const app = running();
    if (!app) throw new Error('The test app is not running (use it inside tests or hooks)');
    return app;
  };
  return {
    get app() {
      return current();
    },
    get server() {
      return current().server;
    },
    client: (language?: string) => new ApiClient(current().server, language),
  };
}

/** Asserts an RFC 9457 problem response with this status (and type slug) and returns its body. */
export function expectProblem(response: LightMyRequestResponse, status: number, slug?: string): ProblemBody {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemBody;
  expect(body.status).toBe(status);
  expect(body.title).toEqual(expect.any(String));
  if (slug) expect(body.type).toBe(`/problems/${slug}`);
  return body;
}

/** A validation problem's per-field errors as `{ field: message }`. */
export function fieldErrors(response: LightMyRequestResponse): Record<string, string> {
  const body = expectProblem(response, 400, 'validation');
  return Object.fromEntries((body.errors ?? []).map((error) => [error.field, error.message]));
}

/** A problem body without `instance`, which names the requested URL and so differs between URLs. */
export function withoutInstance({ instance: _, ...body }: ProblemBody): Omit<ProblemBody, 'instance'> {
  return body;
}
