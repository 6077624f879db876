/**
 * The weekly plan in a real browser, in Spanish and in English, on PGlite: the coach's "no time"
 * link (`/coach/plan?budget=15`) saves a 15-minute budget and says so, the plan of a new member asks
 * for the profile and the pitch, "Done" is a toggle that survives a reload and shows in the
 * progress (streak, accessible chart table), a bigger budget keeps what is done, each item links to
 * where it is done, and the email opt-out link lands on the digest setting. axe (WCAG 2.1 AA) runs
 * on the page before and after the changes.
 */
import { describe, expect, it } from 'vitest';
import { browserSkipReason, logIn, loginTexts, useBrowserWalk, useChromium, walkTestTimeout } from '../../src/testing/browser.ts';
import { button, DESKTOP, eventually, expectFitsPhone, expectText, field, heading1, navLink } from '../../src/testing/browser-page.ts';
import { createMember, testPassword } from '../../src/testing/members.ts';

/** The UI texts the walk relies on (web/src/locales/*.json, src/i18n/messages.ts). */
const WALKS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    member: { name: 'Pilar Prisa', email: 'pilar.prisa@example.es' },
    text: {
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
  const chromium = useChromium();

  describe.each(WALKS)('in $lang', ({ lang, browserLocale, member, text: t }) => {
    // A new member, who has not even written their profile yet.
    const walk = useBrowserWalk(chromium, {
      kind: 'pglite',
      context: { locale: browserLocale, timezoneId: 'UTC', viewport: DESKTOP },
      seed: async (server) => {
        await createMember(server.app.server, member.email, member.name, {}, lang);
      },
    });
    const { url, checkA11y } = walk;
    const item = (title: string) => walk.page.locator('.plan-item').filter({ has: walk.page.getByRole('link', { name: title, exact: true }) });
    const doneToggle = (title: string) => button(walk.page, t.done(title));
    const status = (section: string) => walk.page.locator(`section:has(${section}) p.status-message[role="status"]`);

    it(
      'fits the week to 15 minutes on arrival, marks an item done, keeps it with a bigger budget, and turns the email off',
      async () => {
        await walk.page.goto(url('/login'));
        await logIn(walk.page, { texts: loginTexts[lang], lang, homeUrl: url('/'), ...member, password: testPassword });
        await navLink(walk.page, t.navCoach).click();
        await walk.page.waitForURL(url('/coach'));
        expect(await walk.page.locator('main a[href="/coach/plan"]').count()).toBe(1);

        // Where "I have no time" leads: the budget is saved and said, and leaves the address.
        await walk.page.goto(url('/coach/plan?budget=15'));
        await expectText(heading1(walk.page), t.title);
        await expectText(status('#budget'), t.fits(15));
        await walk.page.waitForURL(url('/coach/plan'));
        expect(await field(walk.page, t.budget(15)).isChecked()).toBe(true);
        await expectText(walk.page.locator('.plan-summary'), t.summary(15, 15, 0));
        expect(await walk.page.locator('.plan-item-title').allTextContents()).toEqual([t.profile, t.pitch]);
        await expectText(walk.page.locator('.plan-streak'), t.noStreak);
        await checkA11y('plan');
        await expectFitsPhone(walk.page);

        await doneToggle(t.profile).click();
        await expectText(status('#week-title'), t.markedDone(t.profile));
        expect(await doneToggle(t.profile).getAttribute('aria-pressed')).toBe('true');
        await expectText(walk.page.locator('.plan-summary'), t.summary(15, 15, 5));
        await expectText(walk.page.locator('.plan-streak'), t.streak);
        const itemsTable = walk.page.getByRole('table', { name: t.itemsChart, exact: true });
        await expectText(itemsTable.locator('tbody tr').last().locator('td'), '1');
        expect(await itemsTable.locator('tbody tr').count()).toBe(12);

        await walk.page.reload();
        await expectText(heading1(walk.page), t.title);
        await eventually(async () => expect(await doneToggle(t.profile).getAttribute('aria-pressed')).toBe('true'));

        await field(walk.page, t.budget(60)).check();
        await expectText(status('#budget'), t.fits(60));
        await eventually(async () => expect((await walk.page.locator('.plan-item-title').allTextContents()).length).toBeGreaterThan(2));
        expect((await walk.page.locator('.plan-item-title').allTextContents())[0]).toBe(t.profile);
        expect(await doneToggle(t.profile).getAttribute('aria-pressed')).toBe('true');
        await checkA11y('plan after changes');

        await field(walk.page, t.digest).uncheck();
        await expectText(status('#digest-title'), t.digestOff);
        // The email's opt-out link: the setting, focused, still off.
        await walk.page.goto(url('/coach/plan#digest'));
        await eventually(async () => expect(await walk.page.evaluate(() => document.activeElement?.id)).toBe('digest'));
        expect(await field(walk.page, t.digest).isChecked()).toBe(false);

        await item(t.pitch).getByRole('link', { name: t.pitch, exact: true }).click();
        await walk.page.waitForURL(url('/coach/pitch'));
      },
      walkTestTimeout,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      walk.expectNoFindings(['plan', 'plan after changes']);
    });
  });
});
