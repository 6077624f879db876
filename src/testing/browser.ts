/**
 * Helpers for browser tests: the system Chromium driven by playwright-core, the real app listening
 * on a real port, one walk through it (useChromium, useBrowserWalk), logging in through the web app,
 * and axe-core accessibility checks.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { webDistDir } from '../http/server.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ProfileInput } from '../profiles/profile-input.ts';
import { button, expectText, field, heading1 } from './browser-page.ts';
import type { DatabaseKind } from './databases.ts';
import { createMember, type TestMember } from './members.ts';
import { startTestApp, type TestApp } from './test-app.ts';

/** Debian's Chromium (`apt-get install chromium`); never a browser downloaded by Playwright. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why the browser suite cannot run here, or null when it can. Without Chromium the suite is
 * skipped, unless REQUIRE_BROWSER=1 (as in CI): then this throws, so the run fails loudly.
 */
export function browserSkipReason(): string | null {
  if (existsSync(chromiumPath)) return null;
  const reason = `Chromium not found at ${chromiumPath} (install it with "apt-get install chromium", or set CHROMIUM_PATH)`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${reason}`);
  console.warn(`Skipping browser tests: ${reason}.`);
  return reason;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/**
 * Chromium for the enclosing describe block (one that is skipped when `browserSkipReason()` says
 * so): launched in beforeAll once the web app is known to be built, closed in afterAll.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertWebAppBuilt();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running (use it inside tests or hooks)');
    return browser;
  };
}

/** How long one test of a walk may take: several pages, each waited for patiently on a busy machine. */
export const walkTestTimeout = 180_000;

/** The browser tests drive the built web app; `npm test` builds it in `pretest`. */
export function assertWebAppBuilt(): void {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error(`The web app is not built (${webDistDir}/index.html is missing): run "npm run build:web" first.`);
  }
}

/** A TCP port that was free a moment ago. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('Could not find a free port');
  return address.port;
}

export interface ListeningTestApp {
  app: TestApp;
  /** http://127.0.0.1:<port>, also the app's PUBLIC_URL so links on public pages point back here. */
  baseUrl: string;
}

/** The real app on a fresh database, listening on 127.0.0.1 with PUBLIC_URL set to its own address. */
export async function startListeningTestApp(kind: DatabaseKind, env: Record<string, string> = {}): Promise<ListeningTestApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = await startTestApp(kind, { PUBLIC_URL: baseUrl, ...env });
  try {
    await app.server.listen({ port, host: '127.0.0.1' });
  } catch (error) {
    await app.close();
    throw error;
  }
  return { app, baseUrl };
}

/**
 * A browser context and page for one walk through the app: steps wait up to `stepTimeoutMs` (the
 * machine running the suite may be busy), and page errors are collected for the walk's final check.
 */
export async function openTestPage(
  browser: Browser, options: BrowserContextOptions, pageErrors: string[], stepTimeoutMs = 20_000,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(stepTimeoutMs);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return { context, page };
}

export interface LogInTexts {
  email: string;
  password: string;
  loginSubmit: string;
  greeting: (name: string) => string;
}

/** The log-in form's labels and the home page's greeting, in the page's language (web/src/locales/*.json). */
export const loginTexts: Record<Locale, LogInTexts> = {
  es: { email: 'Correo electrónico', password: 'Contraseña', loginSubmit: 'Entrar', greeting: (name) => `Hola, ${name}` },
  en: { email: 'Email', password: 'Password', loginSubmit: 'Log in', greeting: (name) => `Hello, ${name}` },
};

export interface LogIn {
  texts: LogInTexts;
  /** The language the page must be in once logged in. */
  lang: string;
  /** Where the app lands after logging in. */
  homeUrl: string;
  name: string;
  email: string;
  password: string;
}

/**
 * Fills in and sends the log-in form the page shows, then waits for the home page to greet the
 * member by name, in their language.
 */
export async function logIn(page: Page, { texts, lang, homeUrl, name, email, password }: LogIn): Promise<void> {
  await field(page, texts.email).fill(email);
  await field(page, texts.password).fill(password);
  await button(page, texts.loginSubmit).click();
  await page.waitForURL(homeUrl);
  await expectText(heading1(page), texts.greeting(name));
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe (WCAG 2.1 A and AA) on the page as it is now and returns one readable line per
 * serious or critical violation: rule id, impact, help text and the offending elements.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(', ');
      return `${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}\n      on ${targets}`;
    });
}

/**
 * What one walk through the app found, for its final check: axe's serious and critical violations
 * per page checked, and the script errors the page reported (openTestPage collects `pageErrors`).
 */
export class WalkFindings {
  readonly pageErrors: string[] = [];
  private readonly violations = new Map<string, string[]>();

  /** Runs axe on the page as it is now and keeps what it finds under `name`. */
  async checkA11y(page: Page, name: string): Promise<void> {
    this.violations.set(name, await seriousAxeViolations(page));
  }

  /** axe ran on exactly these pages, in this order, and found nothing serious; no script failed. */
  expectNone(pagesChecked: string[]): void {
    const report = [...this.violations]
      .filter(([, violations]) => violations.length > 0)
      .map(([name, violations]) => `  ${name}:\n${violations.map((v) => `    - ${v}`).join('\n')}`);
    expect(report, `axe found serious or critical violations:\n${report.join('\n')}`).toEqual([]);
    expect([...this.violations.keys()]).toEqual(pagesChecked);
    expect(this.pageErrors).toEqual([]);
  }
}

export interface WalkSetUp {
  kind: DatabaseKind;
  /** The browser context's locale, time zone and viewport. */
  context: BrowserContextOptions;
  /** Prepares the app once it is up, before the page opens: the members the walk meets, … */
  seed?: (server: ListeningTestApp) => Promise<void>;
}

export interface BrowserWalk {
  readonly server: ListeningTestApp;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The absolute address of a path of the app. */
  url(path: string): string;
  /** Runs axe on the page as it is now and keeps what it finds under `name`. */
  checkA11y(name: string): Promise<void>;
  /** The walk's last check (WalkFindings.expectNone). */
  expectNoFindings(pagesChecked: string[]): void;
}

/**
 * One walk through the app for the enclosing describe block: the real app listening on a fresh
 * database, seeded, and one page in `chromium`; started in beforeAll, closed in afterAll.
 */
export function useBrowserWalk(chromium: () => Browser, { kind, context: contextOptions, seed }: WalkSetUp): BrowserWalk {
  const findings = new WalkFindings();
  let server: ListeningTestApp | undefined;
  let opened: { context: BrowserContext; page: Page } | undefined;
  beforeAll(async () => {
    server = await startListeningTestApp(kind);
    await seed?.(server);
    opened = await openTestPage(chromium(), contextOptions, findings.pageErrors);
  });
  afterAll(async () => {
    await opened?.context.close();
    await server?.app.close();
  });
  const started = () => {
    if (!server || !opened) throw new Error('The walk has not started (use it inside tests or hooks)');
    return { server, ...opened };
  };
  return {
    get server() {
      return started().server;
    },
    get context() {
      return started().context;
    },
    get page() {
      return started().page;
    },
    url: (path) => `${started().server.baseUrl}${path}`,
    checkA11y: (name) => findings.checkA11y(started().page, name),
    expectNoFindings: (pagesChecked) => findings.expectNone(pagesChecked),
  };
}

/** A member a walk meets, signed up through the API. */
export interface WalkMember {
  name: string;
  email: string;
  profile: ProfileInput;
}

/** Signs the member up through the API, in `lang`, and saves their profile with onboarding done. */
export function signUpOnboarded(server: ListeningTestApp, lang: Locale, member: WalkMember): Promise<TestMember> {
  return createMember(server.app.server, member.email, member.name, { ...member.profile, completeOnboarding: true }, lang);
}
