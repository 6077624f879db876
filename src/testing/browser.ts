/**
 * Helpers for browser tests: the system Chromium driven by playwright-core, the real app listening
 * on a real port, logging in through the web app, and axe-core accessibility checks.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { webDistDir } from '../http/server.ts';
import { button, expectText, field, heading1 } from './browser-page.ts';
import type { DatabaseKind } from './databases.ts';
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

/** The log-in form's labels and the home page's greeting, in the page's language (web/src/locales/*.json). */
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
