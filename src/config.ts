import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Everything the server reads from the environment, with safe defaults for local use. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… when running on a PostgreSQL server; undefined means embedded PGlite. */
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  sessionSecret: string;
  logLevel: string;
  /** Whether this instance works background jobs (emails…). Web-only instances set JOBS=off. */
  jobs: boolean;
  trustProxy: boolean;
  defaultCommunityName: string;
  /** Per client IP: at most `max` requests per `windowSeconds`. */
  rateLimits: Record<'login' | 'signup' | 'passwordReset', RateLimit>;
}

export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parsePort(env.PORT ?? '3000');
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    host: env.HOST ?? 'localhost',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Sinergia <no-reply@localhost>',
    publicUrl,
    sessionSecret: env.SESSION_SECRET || localSessionSecret(dataDir),
    logLevel: env.LOG_LEVEL ?? 'info',
    jobs: !['off', 'false', '0'].includes((env.JOBS ?? 'on').toLowerCase()),
    trustProxy: ['1', 'true', 'on'].includes((env.TRUST_PROXY ?? '').toLowerCase()),
    defaultCommunityName: env.DEFAULT_COMMUNITY_NAME ?? 'Sinergia',
    rateLimits: {
      login: parseRateLimit('RATE_LIMIT_LOGIN', env.RATE_LIMIT_LOGIN ?? '10/60'),
      signup: parseRateLimit('RATE_LIMIT_SIGNUP', env.RATE_LIMIT_SIGNUP ?? '20/3600'),
      passwordReset: parseRateLimit('RATE_LIMIT_PASSWORD_RESET', env.RATE_LIMIT_PASSWORD_RESET ?? '5/900'),
    },
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got "${value}"`);
  return port;
}

/** "10/60" → at most 10 requests per 60 seconds. */
function parseRateLimit(name: string, value: string): RateLimit {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match) throw new Error(`${name} must look like MAX/SECONDS (e.g. 10/60), got "${value}"`);
  return { max: Number(match[1]), windowSeconds: Number(match[2]) };
}

/**
 * Without SESSION_SECRET a random secret is kept in the data folder, so sessions survive restarts
 * of a single local instance. Several instances must share an explicit SESSION_SECRET.
 */
function localSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
