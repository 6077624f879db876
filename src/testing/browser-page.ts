/** Finding things on a page the way a person does (by label, role and name) and waiting for them. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The machine running the suite may be busy: be patient with the app and the browser. */
const patience = 20_000;

/** Retries an assertion until it passes or `timeoutMs` runs out (a web-first `expect`). */
export async function eventually(assertion: () => Promise<void>, timeoutMs = patience): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Waits until the element's trimmed text is `expected`, or matches it. */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  await eventually(async () => {
    const text = (await locator.textContent())?.trim() ?? '';
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });
}

/** The window sizes walks run at: a laptop, and a small phone that nothing may overflow. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** Nothing on the page sticks out sideways on a 360 px phone; the page is back at DESKTOP size after. */
export async function expectFitsPhone(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  await eventually(async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width));
  await page.setViewportSize(DESKTOP);
}

export const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
export const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
export const navLink = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
export const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** `text` matched literally inside a regular expression (names with dots, pluses, brackets). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
