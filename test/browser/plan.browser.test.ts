/**
 * The weekly plan in a real browser, in Spanish and in English, on PGlite: the coach's "no time"
 * link (`/coach/plan?budget=15`) saves a 15-minute budget and says so, the plan of a new member asks
 * for the profile and the pitch, "Done" is a toggle that survives a reload and shows in the
 * progress (streak, accessible chart table), a bigger budget keeps what is done, each item links to
 * where it is done, and the email opt-out link lands on the digest setting. axe (WCAG 2.1 AA) runs
 * on the page before and after the changes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/testing/api-client.ts';
import {
  assertWebAppBuilt,
  browserSkipReason,
  launchChromium,
  logIn,
  openTestPage,
  seriousAxeViolations,
  startListeningTestApp,
  type ListeningTestApp,
} from '../../src/testing/browser.ts';
import { button, eventually, expectText, field, heading1, navLink } from '../../src/testing/browser-page.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'correct horse battery staple';
const TEST_TIMEOUT = 150_000;

/** The UI texts the walk relies on (web/src/locales/*.json, src/i18n/messages.ts). */
const WALKS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    member: { name: 'Pilar Prisa', email: 'pilar.prisa@example.es' },
    text: {
      email: 'Correo electrónico',
      password: 'Contraseña',
      loginSubmit: 'Entrar',
      greeting: (name: string) => `Hola, ${name}`,
      navCoach: 'Coach',
      title: 'Tu plan semanal',
      fits: (minutes: number) => `Tu plan ahora cabe en ${minutes} minutos a la semana.`,
      budget: (minutes: number) => `${minutes} minutos`,
      summary: (total: number, budget: number, done: number) => `${total} de ${budget} minutos planificados; ${done} minutos hechos.`,
      profile: 'Completa tu perfil',
      pitch: 'Escribe tu presentación',
      done: (title: string) => `Hecho: ${title}`,
      markedDone: (title: string) => `Hecho: ${title}`,
      noStreak: 'Aún no tienes racha: marca algo como hecho esta semana para empezarla.',
      streak: 'Racha: 1 semana seguida con algo hecho.',
      itemsChart: 'Tareas del plan hechas por semana',
      digest: 'Enviarme el plan por correo los lunes por la mañana',
      digestOff: 'Ya no recibirás el plan por correo.',
    },
  },
  {
    lang: 'en' as const,
    browserLocale: 'en-GB',
    member: { name: 'Tom Busy', email: 'tom.busy@example.co.uk' },
    text: {
      email: 'Email',
      password: 'Password',
      loginSubmit: 'Log in',
      greeting: (name: string) => `Hello, ${name}`,
      navCoach: 'Coach',
      title: 'Your weekly plan',
      fits: (minutes: number) => `Your plan now fits ${minutes} minutes a week.`,
      budget: (minutes: number) => `${minutes} minutes`,
      summary: (total: number, budget: number, done: number) => `${total} of ${budget} minutes planned; ${done} minutes done.`,
      profile: 'Complete your profile',
      pitch: 'Write your pitch',
      done: (title: string) => `Done: ${title}`,
      markedDone: (title: string) => `Done: ${title}`,
      noStreak: 'No streak yet: mark something done this week to start one.',
      streak: 'Streak: 1 week in a row with something done.',
      itemsChart: 'Plan items done per week',
      digest: 'Email me the plan on Monday mornings',
      digestOff: 'You will no longer get the plan by email.',
    },
  },
];

describe.skipIf(browserSkipReason() !== null)('The weekly plan in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    assertWebAppBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(WALKS)('in $lang', ({ lang, browserLocale, member, text: t }) => {
    let server: ListeningTestApp;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];
    const a11y = new Map<string, string[]>();
    const url = (path: string) => `${server.baseUrl}${path}`;
    const item = (title: string) => page.locator('.plan-item').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    const doneToggle = (title: string) => button(page, t.done(title));
    const status = (section: string) => page.locator(`section:has(${section}) p.status-message[role="status"]`);

    beforeAll(async () => {
      server = await startListeningTestApp('pglite');
      const client = new ApiClient(server.app.server, lang);
      const signup = await client.post('/api/auth/signup', { ...member, password: PASSWORD, locale: lang });
      expect(signup.statusCode, signup.body).toBe(201);
      ({ context, page } = await openTestPage(browser, { locale: browserLocale, timezoneId: 'UTC', viewport: DESKTOP }, pageErrors));
    });

    afterAll(async () => {
      await context?.close();
      await server?.app.close();
    });

    it(
      'fits the week to 15 minutes on arrival, marks an item done, keeps it with a bigger budget, and turns the email off',
      async () => {
        await page.goto(url('/login'));
        await logIn(page, { texts: t, lang, homeUrl: url('/'), ...member, password: PASSWORD });
        await navLink(page, t.navCoach).click();
        await page.waitForURL(url('/coach'));
        expect(await page.locator('main a[href="/coach/plan"]').count()).toBe(1);

        // Where "I have no time" leads: the budget is saved and said, and leaves the address.
        await page.goto(url('/coach/plan?budget=15'));
        await expectText(heading1(page), t.title);
        await expectText(status('#budget'), t.fits(15));
        await page.waitForURL(url('/coach/plan'));
        expect(await field(page, t.budget(15)).isChecked()).toBe(true);
        await expectText(page.locator('.plan-summary'), t.summary(15, 15, 0));
        expect(await page.locator('.plan-item-title').allTextContents()).toEqual([t.profile, t.pitch]);
        await expectText(page.locator('.plan-streak'), t.noStreak);
        await checkA11y('plan');
        await expectFitsPhone();

        await doneToggle(t.profile).click();
        await expectText(status('#week-title'), t.markedDone(t.profile));
        expect(await doneToggle(t.profile).getAttribute('aria-pressed')).toBe('true');
        await expectText(page.locator('.plan-summary'), t.summary(15, 15, 5));
        await expectText(page.locator('.plan-streak'), t.streak);
        const itemsTable = page.getByRole('table', { name: t.itemsChart, exact: true });
        await expectText(itemsTable.locator('tbody tr').last().locator('td'), '1');
        expect(await itemsTable.locator('tbody tr').count()).toBe(12);

        await page.reload();
        await expectText(heading1(page), t.title);
        await eventually(async () => expect(await doneToggle(t.profile).getAttribute('aria-pressed')).toBe('true'));

        await field(page, t.budget(60)).check();
        await expectText(status('#budget'), t.fits(60));
        await eventually(async () => expect((await page.locator('.plan-item-title').allTextContents()).length).toBeGreaterThan(2));
        expect((await page.locator('.plan-item-title').allTextContents())[0]).toBe(t.profile);
        expect(await doneToggle(t.profile).getAttribute('aria-pressed')).toBe('true');
        await checkA11y('plan after changes');

        await field(page, t.digest).uncheck();
        await expectText(status('#digest-title'), t.digestOff);
        // The email's opt-out link: the setting, focused, still off.
        await page.goto(url('/coach/plan#digest'));
        await eventually(async () => expect(await page.evaluate(() => document.activeElement?.id)).toBe('digest'));
        expect(await field(page, t.digest).isChecked()).toBe(false);

        await item(t.pitch).getByRole('link', { name: t.pitch, exact: true }).click();
        await page.waitForURL(url('/coach/pitch'));
      },
      TEST_TIMEOUT,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      const report = [...a11y]
        .filter(([, violations]) => violations.length > 0)
        .map(([name, violations]) => `  ${name}:\n${violations.map((v) => `    - ${v}`).join('\n')}`);
      expect(report, `axe found serious or critical violations:\n${report.join('\n')}`).toEqual([]);
      expect([...a11y.keys()]).toEqual(['plan', 'plan after changes']);
      expect(pageErrors).toEqual([]);
    });

    async function checkA11y(name: string) {
      a11y.set(name, await seriousAxeViolations(page));
    }

    /** Nothing sticks out sideways on a 360 px phone. */
    async function expectFitsPhone() {
      await page.setViewportSize(PHONE);
      await eventually(async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width));
      await page.setViewportSize(DESKTOP);
    }
  });
});
