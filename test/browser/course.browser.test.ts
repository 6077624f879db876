/**
 * The short course in a real browser, in Spanish and in English, on PGlite: from the coach page to
 * the course, into a lesson written in the member's language, "Mark as done", the course showing
 * 1 of 8 done after a reload, the next-lesson link, and the lesson's action leading to its page.
 * axe (WCAG 2.1 AA) runs on the course and lesson pages.
 */
import { describe, expect, it } from 'vitest';
import { browserSkipReason, logIn, loginTexts, signUpOnboarded, useBrowserWalk, useChromium, walkTestTimeout } from '../../src/testing/browser.ts';
import { button, DESKTOP, eventually, expectFitsPhone, expectText, heading1, navLink } from '../../src/testing/browser-page.ts';
import { testPassword } from '../../src/testing/members.ts';

/** The UI texts the walk relies on (web/src/locales/*.json) and the lesson it reads. */
const WALKS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    member: { name: 'Nuria Campos Gil', email: 'nuria.campos@example.es' },
    text: {
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
  const chromium = useChromium();

  describe.each(WALKS)('in $lang', ({ lang, browserLocale, member, text: t, lesson }) => {
    const walk = useBrowserWalk(chromium, {
      kind: 'pglite',
      context: { locale: browserLocale, timezoneId: 'UTC', viewport: DESKTOP },
      seed: async (server) => {
        await signUpOnboarded(server, lang, { ...member, profile: { headline: lang === 'es' ? 'Consultora' : 'Consultant' } });
      },
    });
    const { url, checkA11y } = walk;
    const lessonCard = () => walk.page.locator('.lesson-card').filter({ has: walk.page.getByRole('link', { name: lesson.title, exact: true }) });
    const progressText = () => walk.page.locator('#course-progress-label');
    const doneToggle = () => button(walk.page, t.markDone);

    async function expectCourse(done: number) {
      await expectText(heading1(walk.page), t.courseTitle);
      await expectText(progressText(), t.progress(done));
      const bar = walk.page.getByRole('progressbar', { name: t.progress(done), exact: true });
      expect(await bar.getAttribute('value')).toBe(String(done));
      expect(await walk.page.locator('.lesson-card').count()).toBe(8);
    }

    it(
      'reads a lesson in its language, marks it done, and follows its links',
      async () => {
        await walk.page.goto(url('/login'));
        await logIn(walk.page, { texts: loginTexts[lang], lang, homeUrl: url('/'), ...member, password: testPassword });

        await navLink(walk.page, t.navCoach).click();
        await walk.page.waitForURL(url('/coach'));
        await walk.page.locator('main a[href="/coach/course"]').click();
        await walk.page.waitForURL(url('/coach/course'));
        await expectCourse(0);
        await checkA11y('course');
        await expectFitsPhone(walk.page);

        await lessonCard().getByRole('link', { name: lesson.title, exact: true }).click();
        await walk.page.waitForURL(url(`/coach/course/${lesson.slug}`));
        await expectText(heading1(walk.page), lesson.title);
        await walk.page.locator('.lesson-body p').getByText(lesson.sentence).waitFor();
        expect(await walk.page.locator('article').getAttribute('lang')).toBe(lang);
        expect(await walk.page.locator('html').getAttribute('lang')).toBe(lang);
        await walk.page.getByRole('heading', { level: 2, name: t.practice, exact: true }).waitFor();
        expect(await doneToggle().getAttribute('aria-pressed')).toBe('false');
        await checkA11y('lesson');
        await expectFitsPhone(walk.page);

        await doneToggle().click();
        await expectText(walk.page.locator('p.status-message[role="status"]'), t.markedDone);
        expect(await doneToggle().getAttribute('aria-pressed')).toBe('true');
        await checkA11y('lesson marked done');

        await walk.page.reload();
        await expectText(heading1(walk.page), lesson.title);
        await eventually(async () => expect(await doneToggle().getAttribute('aria-pressed')).toBe('true'));

        await walk.page.getByRole('navigation', { name: t.lessonNav, exact: true }).getByRole('link', { name: t.backToCourse, exact: true }).click();
        await walk.page.waitForURL(url('/coach/course'));
        await walk.page.reload();
        await expectCourse(1);
        await expectText(lessonCard().locator('.lesson-state'), `✓ ${t.done}`);

        await lessonCard().getByRole('link', { name: lesson.title, exact: true }).click();
        await walk.page.getByRole('link', { name: t.next(lesson.next.title), exact: true }).click();
        await walk.page.waitForURL(url(`/coach/course/${lesson.next.slug}`));
        await expectText(heading1(walk.page), lesson.next.title);
        expect(await doneToggle().getAttribute('aria-pressed')).toBe('false');

        await walk.page.goBack();
        await expectText(heading1(walk.page), lesson.title);
        const action = walk.page.getByRole('region', { name: t.action, exact: true }).getByRole('link', { name: lesson.action.label, exact: true });
        await action.click();
        await walk.page.waitForURL(url(lesson.action.path));
      },
      walkTestTimeout,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      walk.expectNoFindings(['course', 'lesson', 'lesson marked done']);
    });
  });
});
