/**
 * The short course in a real browser, in Spanish and in English, on PGlite: from the coach page to
 * the course, into a lesson written in the member's language, "Mark as done", the course showing
 * 1 of 8 done after a reload, the next-lesson link, and the lesson's action leading to its page.
 * axe (WCAG 2.1 AA) runs on the course and lesson pages.
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
import { button, eventually, expectText, heading1, navLink } from '../../src/testing/browser-page.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'correct horse battery staple';
const TEST_TIMEOUT = 120_000;

/** The UI texts the walk relies on (web/src/locales/*.json) and the lesson it reads. */
const WALKS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    member: { name: 'Nuria Campos Gil', email: 'nuria.campos@example.es' },
    text: {
      email: 'Correo electrónico',
      password: 'Contraseña',
      loginSubmit: 'Entrar',
      greeting: (name: string) => `Hola, ${name}`,
      navCoach: 'Coach',
      courseTitle: 'Curso breve de networking',
      progress: (done: number) => `${done} de 8 hechas`,
      done: 'Hecha',
      practice: 'En la práctica',
      action: 'Tu paso en Sinergia',
      markDone: 'Marcar como hecha',
      markedDone: 'Lección marcada como hecha.',
      lessonNav: 'Lecciones del curso',
      backToCourse: 'Volver al curso',
      next: (title: string) => `Siguiente: ${title}`,
    },
    lesson: {
      slug: 'listening',
      title: 'Escuchar y preguntar: la conversación 70/30',
      sentence: 'Casi todo el mundo va a una reunión a hablar de sí mismo.',
      action: { label: 'Elige a alguien en Descubrir', path: '/discover' },
      next: { slug: 'preparing-meetings', title: 'Preparar una reunión: diez minutos que cambian la conversación' },
    },
  },
  {
    lang: 'en' as const,
    browserLocale: 'en-GB',
    member: { name: 'Grace Holloway', email: 'grace.holloway@example.co.uk' },
    text: {
      email: 'Email',
      password: 'Password',
      loginSubmit: 'Log in',
      greeting: (name: string) => `Hello, ${name}`,
      navCoach: 'Coach',
      courseTitle: 'A short course in networking',
      progress: (done: number) => `${done} of 8 done`,
      done: 'Done',
      practice: 'In practice',
      action: 'Your step in Sinergia',
      markDone: 'Mark as done',
      markedDone: 'Lesson marked as done.',
      lessonNav: 'Course lessons',
      backToCourse: 'Back to the course',
      next: (title: string) => `Next: ${title}`,
    },
    lesson: {
      slug: 'giving-first',
      title: 'Giving first: referrals and introductions that work',
      sentence: 'In the networking groups that work best, one idea keeps coming back: givers gain.',
      action: { label: 'Open your connections', path: '/connections' },
      next: { slug: 'proposing-collaboration', title: 'From idea to proposal: working with other professionals' },
    },
  },
];

describe.skipIf(browserSkipReason() !== null)('The short course in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    assertWebAppBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(WALKS)('in $lang', ({ lang, browserLocale, member, text: t, lesson }) => {
    let server: ListeningTestApp;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];
    const a11y = new Map<string, string[]>();
    const url = (path: string) => `${server.baseUrl}${path}`;
    const lessonCard = () => page.locator('.lesson-card').filter({ has: page.getByRole('link', { name: lesson.title, exact: true }) });
    const progressText = () => page.locator('#course-progress-label');
    const doneToggle = () => button(page, t.markDone);

    async function checkA11y(name: string) {
      a11y.set(name, await seriousAxeViolations(page));
    }

    /** Nothing sticks out sideways on a 360 px phone. */
    async function expectFitsPhone() {
      await page.setViewportSize(PHONE);
      await eventually(async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width));
      await page.setViewportSize(DESKTOP);
    }

    async function expectCourse(done: number) {
      await expectText(heading1(page), t.courseTitle);
      await expectText(progressText(), t.progress(done));
      const bar = page.getByRole('progressbar', { name: t.progress(done), exact: true });
      expect(await bar.getAttribute('value')).toBe(String(done));
      expect(await page.locator('.lesson-card').count()).toBe(8);
    }

    beforeAll(async () => {
      server = await startListeningTestApp('pglite');
      const client = new ApiClient(server.app.server, lang);
      const signup = await client.post('/api/auth/signup', { ...member, password: PASSWORD, locale: lang });
      expect(signup.statusCode, signup.body).toBe(201);
      const profile = await client.put('/api/me/profile', { headline: lang === 'es' ? 'Consultora' : 'Consultant', completeOnboarding: true });
      expect(profile.statusCode, profile.body).toBe(200);
      ({ context, page } = await openTestPage(browser, { locale: browserLocale, timezoneId: 'UTC', viewport: DESKTOP }, pageErrors));
    });

    afterAll(async () => {
      await context?.close();
      await server?.app.close();
    });

    it(
      'reads a lesson in its language, marks it done, and follows its links',
      async () => {
        await page.goto(url('/login'));
        await logIn(page, { texts: t, lang, homeUrl: url('/'), ...member, password: PASSWORD });

        await navLink(page, t.navCoach).click();
        await page.waitForURL(url('/coach'));
        await page.locator('main a[href="/coach/course"]').click();
        await page.waitForURL(url('/coach/course'));
        await expectCourse(0);
        await checkA11y('course');
        await expectFitsPhone();

        await lessonCard().getByRole('link', { name: lesson.title, exact: true }).click();
        await page.waitForURL(url(`/coach/course/${lesson.slug}`));
        await expectText(heading1(page), lesson.title);
        await page.locator('.lesson-body p').getByText(lesson.sentence).waitFor();
        expect(await page.locator('article').getAttribute('lang')).toBe(lang);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await page.getByRole('heading', { level: 2, name: t.practice, exact: true }).waitFor();
        expect(await doneToggle().getAttribute('aria-pressed')).toBe('false');
        await checkA11y('lesson');
        await expectFitsPhone();

        await doneToggle().click();
        await expectText(page.locator('p.status-message[role="status"]'), t.markedDone);
        expect(await doneToggle().getAttribute('aria-pressed')).toBe('true');
        await checkA11y('lesson marked done');

        await page.reload();
        await expectText(heading1(page), lesson.title);
        await eventually(async () => expect(await doneToggle().getAttribute('aria-pressed')).toBe('true'));

        await page.getByRole('navigation', { name: t.lessonNav, exact: true }).getByRole('link', { name: t.backToCourse, exact: true }).click();
        await page.waitForURL(url('/coach/course'));
        await page.reload();
        await expectCourse(1);
        await expectText(lessonCard().locator('.lesson-state'), `✓ ${t.done}`);

        await lessonCard().getByRole('link', { name: lesson.title, exact: true }).click();
        await page.getByRole('link', { name: t.next(lesson.next.title), exact: true }).click();
        await page.waitForURL(url(`/coach/course/${lesson.next.slug}`));
        await expectText(heading1(page), lesson.next.title);
        expect(await doneToggle().getAttribute('aria-pressed')).toBe('false');

        await page.goBack();
        await expectText(heading1(page), lesson.title);
        const action = page.getByRole('region', { name: t.action, exact: true }).getByRole('link', { name: lesson.action.label, exact: true });
        await action.click();
        await page.waitForURL(url(lesson.action.path));
      },
      TEST_TIMEOUT,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      const report = [...a11y]
        .filter(([, violations]) => violations.length > 0)
        .map(([name, violations]) => `  ${name}:\n${violations.map((v) => `    - ${v}`).join('\n')}`);
      expect(report, `axe found serious or critical violations:\n${report.join('\n')}`).toEqual([]);
      expect([...a11y.keys()]).toEqual(['course', 'lesson', 'lesson marked done']);
      expect(pageErrors).toEqual([]);
    });
  });
});
