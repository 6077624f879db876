/**
 * From excuses to first actions in a real browser, in Spanish and in English, on PGlite and (with
 * TEST_DATABASE_URL) on PostgreSQL: a new member signs up, goes through onboarding and lands on the
 * question of what holds them back; they tick all seven obstacles, see seven reframes, and every
 * first-step link opens the page that does the thing. The answer is there on a later visit, and the
 * collaboration-ideas page shows three ideas with the members Discover recommends them. axe (WCAG
 * 2.1 AA) runs on the obstacles and ideas pages.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { whyNetwork } from '../../src/coach/course/lessons/why-network.ts';
import { browserSkipReason, signUpOnboarded, useBrowserWalk, useChromium, walkTestTimeout, type WalkMember } from '../../src/testing/browser.ts';
import { databaseKinds } from '../../src/testing/databases.ts';
import { button, DESKTOP, eventually, expectText, field, heading1 } from '../../src/testing/browser-page.ts';
import { testPassword } from '../../src/testing/members.ts';

/** The seven obstacles, in the order offered, and where each first step must lead (the issue's contract). */
const FIRST_STEPS = [
  { key: 'not-for-me', href: '/coach/course/why-network', page: 'lesson' },
  { key: 'have-contacts', href: '/discover', page: 'discover' },
  { key: 'wont-listen', href: '/coach/pitch', page: 'pitch' },
  { key: 'what-to-collaborate', href: '/coach/ideas', page: 'ideas' },
  { key: 'no-time', href: '/coach/plan?budget=15', page: 'plan' },
  { key: 'no-experience', href: '/coach/course', page: 'course' },
  { key: 'no-contacts', href: '/discover', page: 'discover' },
] as const;

type Destination = (typeof FIRST_STEPS)[number]['page'];
type Key = (typeof FIRST_STEPS)[number]['key'];

/** The UI texts the walk relies on (web/src/locales/*.json), the new member, and three members who match them. */
const FLOWS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    text: {
      fullName: 'Nombre y apellidos',
      email: 'Correo electrónico',
      password: 'Contraseña',
      createAccount: 'Crear mi cuenta',
      stepOf: (step: number) => `Paso ${step} de 3`,
      offers: 'Lo que ofrezco',
      addOffer: 'Añadir oferta',
      needs: 'Lo que necesito',
      addNeed: 'Añadir necesidad',
      next: 'Guardar y continuar',
      finish: 'Guardar y terminar',
      obstaclesTitle: 'De las excusas a los primeros pasos',
      legend: '¿Qué te frena?',
      save: 'Ver mis primeros pasos',
      skip: 'Saltar por ahora',
      continue: 'Continuar a mi perfil',
      saved: 'Guardado. Aquí tienes tus primeros pasos.',
      results: 'Tus primeros pasos',
      profileTitle: 'Mi perfil',
      ideasTitle: 'Ideas para colaborar',
      proposeTo: (name: string) => `Proponer reunión a ${name}`,
      fifteenMinutes: '15 minutos',
      excuses: {
        'not-for-me': 'Eso no es para mí',
        'have-contacts': 'Ya tengo mis contactos y mi negocio',
        'wont-listen': 'No me van a escuchar',
        'what-to-collaborate': '¿En qué voy a colaborar yo con otros profesionales?',
        'no-time': 'No tengo tiempo',
        'no-experience': 'No tengo experiencia',
        'no-contacts': 'No tengo contactos',
      } satisfies Record<Key, string>,
      actions: {
        'not-for-me': 'Leer la primera lección: por qué hacer networking',
        'have-contacts': 'Buscar a quien sirve a tus mismos clientes',
        'wont-listen': 'Escribir un pitch de 30 segundos que hable de ellos',
        'what-to-collaborate': 'Ver tres ideas para colaborar',
        'no-time': 'Crear un plan de 15 minutos a la semana',
        'no-experience': 'Empezar el curso',
        'no-contacts': 'Descubrir a quién conocer',
      } satisfies Record<Key, string>,
      /** Each destination's h1. */
      headings: {
        lesson: whyNetwork.es.title,
        discover: 'Descubrir',
        pitch: 'Tu presentación',
        ideas: 'Ideas para colaborar',
        plan: 'Tu plan semanal',
        course: 'Curso breve de networking',
      } satisfies Record<Destination, string>,
    },
    member: { name: 'Carmen Ortega Vidal', email: 'carmen.ortega@example.es', offer: 'fotografía de bodas', need: 'floristerías para bodas' },
    matches: [
      { name: 'Rocío Delgado Prieto', email: 'rocio.delgado@example.es', profile: { headline: 'Florista', offers: ['decoración floral para bodas'], needs: ['fotógrafo de bodas'] } },
      { name: 'Bruno Navarro Gil', email: 'bruno.navarro@example.es', profile: { headline: 'Finca para bodas', offers: ['finca para bodas'], needs: ['fotografía de bodas'] } },
      { name: 'Lola Campos Ruiz', email: 'lola.campos@example.es', profile: { headline: 'Catering', offers: ['catering para bodas'], needs: ['fotógrafos de bodas'] } },
    ] satisfies WalkMember[],
  },
  {
    lang: 'en' as const,
    browserLocale: 'en-GB',
    text: {
      fullName: 'Full name',
      email: 'Email',
      password: 'Password',
      createAccount: 'Create my account',
      stepOf: (step: number) => `Step ${step} of 3`,
      offers: 'What I offer',
      addOffer: 'Add offer',
      needs: 'What I need',
      addNeed: 'Add need',
      next: 'Save and continue',
      finish: 'Save and finish',
      obstaclesTitle: 'From excuses to first steps',
      legend: 'What holds you back?',
      save: 'Show my first steps',
      skip: 'Skip for now',
      continue: 'Continue to my profile',
      saved: 'Saved. Here are your first steps.',
      results: 'Your first steps',
      profileTitle: 'My profile',
      ideasTitle: 'Collaboration ideas',
      proposeTo: (name: string) => `Propose a meeting to ${name}`,
      fifteenMinutes: '15 minutes',
      excuses: {
        'not-for-me': "That's not for me",
        'have-contacts': 'I already have my contacts and business',
        'wont-listen': "They won't listen to me",
        'what-to-collaborate': 'What would I collaborate on with other professionals?',
        'no-time': 'I have no time',
        'no-experience': 'I have no experience',
        'no-contacts': 'I have no contacts',
      } satisfies Record<Key, string>,
      actions: {
        'not-for-me': 'Read the first lesson: why network',
        'have-contacts': 'Find people who serve your same clients',
        'wont-listen': 'Write a 30-second pitch that talks about them',
        'what-to-collaborate': 'See three collaboration ideas',
        'no-time': 'Set a 15-minute weekly plan',
        'no-experience': 'Start the short course',
        'no-contacts': 'Discover who to meet',
      } satisfies Record<Key, string>,
      headings: {
        lesson: whyNetwork.en.title,
        discover: 'Discover',
        pitch: 'Your pitch',
        ideas: 'Collaboration ideas',
        plan: 'Your weekly plan',
        course: 'A short course in networking',
      } satisfies Record<Destination, string>,
    },
    member: { name: 'Emily Carter', email: 'emily.carter@example.co.uk', offer: 'wedding photography', need: 'florists for weddings' },
    matches: [
      { name: 'James Whitfield', email: 'james.whitfield@example.co.uk', profile: { headline: 'Florist', offers: ['wedding flowers'], needs: ['wedding photographer'] } },
      { name: 'Henry Walsh', email: 'henry.walsh@example.co.uk', profile: { headline: 'Wedding venue', offers: ['wedding venue'], needs: ['wedding photography'] } },
      { name: 'Grace Holloway', email: 'grace.holloway@example.co.uk', profile: { headline: 'Caterer', offers: ['wedding catering'], needs: ['wedding photographers'] } },
    ] satisfies WalkMember[],
  },
];

/** Each flow on each database (PostgreSQL too when TEST_DATABASE_URL is set). */
// Each language walks on one database (Spanish on PGlite, English on PostgreSQL when CI has it): the
// API tests already cover every rule on both, and a walk per database halves the slowest suite.
const RUNS = FLOWS.map((flow, index) => ({ ...flow, kind: databaseKinds[index % databaseKinds.length]! }));

describe.skipIf(browserSkipReason() !== null)('From excuses to first actions in Chromium', () => {
  const chromium = useChromium();

  describe.each(RUNS)('in $lang on $kind', ({ kind, lang, browserLocale, text: t, member, matches }) => {
    const slugs = new Map<string, string>();
    const walk = useBrowserWalk(chromium, {
      kind,
      context: { locale: browserLocale, timezoneId: 'UTC', viewport: DESKTOP },
      seed: async (server) => {
        for (const match of matches) {
          const { slug } = await signUpOnboarded(server, lang, { ...match, profile: { ...match.profile, languages: [lang], goals: ['partners'] } });
          slugs.set(match.name, slug);
        }
      },
    });
    const { url, checkA11y } = walk;
    const results = () => walk.page.getByRole('region', { name: t.results, exact: true });
    const obstacleBoxes = () => walk.page.getByRole('group', { name: t.legend, exact: true }).getByRole('checkbox');

    /** The seven reframes, each under the excuse in the member's words, with its first-step link. */
    async function expectSevenFirstSteps(): Promise<Locator> {
      const steps = results().getByRole('listitem');
      await eventually(async () => expect(await steps.count()).toBe(FIRST_STEPS.length));
      for (const [index, { key, href }] of FIRST_STEPS.entries()) {
        const step = steps.nth(index);
        await expectText(step.getByRole('heading', { level: 3 }), t.excuses[key]);
        expect((await step.locator('p').textContent())?.length).toBeGreaterThan(80);
        expect(await step.getByRole('link', { name: t.actions[key], exact: true }).getAttribute('href')).toBe(href);
      }
      return steps;
    }

    it(
      'leads a new member from onboarding to the question of what holds them back',
      async () => {
        await walk.page.goto(url('/signup'));
        await field(walk.page, t.fullName).fill(member.name);
        await field(walk.page, t.email).fill(member.email);
        await field(walk.page, t.password).fill(testPassword);
        await button(walk.page, t.createAccount).click();
        await walk.page.waitForURL(url('/onboarding'));

        await walk.page.getByText(t.stepOf(1), { exact: true }).waitFor();
        await walk.page.locator(`#languages-${lang}`).check();
        await button(walk.page, t.next).click();
        await walk.page.getByText(t.stepOf(2), { exact: true }).waitFor();
        await field(walk.page, t.offers).fill(member.offer);
        await button(walk.page, t.addOffer).click();
        await field(walk.page, t.needs).fill(member.need);
        await button(walk.page, t.addNeed).click();
        await walk.page.locator('#goals-partners').check();
        await button(walk.page, t.next).click();
        await walk.page.getByText(t.stepOf(3), { exact: true }).waitFor();
        await button(walk.page, t.finish).click();

        await walk.page.waitForURL(url('/coach/obstacles?from=onboarding'));
        await expectText(heading1(walk.page), t.obstaclesTitle);
        await eventually(async () => expect(await obstacleBoxes().count()).toBe(FIRST_STEPS.length));
        for (const { key } of FIRST_STEPS) expect(await walk.page.getByRole('checkbox', { name: t.excuses[key], exact: true }).isChecked()).toBe(false);
        expect(await walk.page.getByRole('link', { name: t.skip, exact: true }).getAttribute('href')).toBe('/profile');
        await checkA11y('obstacles (from onboarding)');
      },
      walkTestTimeout,
    );

    it(
      'answers all seven with a reframe and a first step, moving the focus to them',
      async () => {
        for (const { key } of FIRST_STEPS) await walk.page.getByRole('checkbox', { name: t.excuses[key], exact: true }).check();
        await button(walk.page, t.save).click();
        await expectText(walk.page.locator('p.status-message[role="status"]'), t.saved);
        await expectSevenFirstSteps();
        await eventually(async () => expect(await walk.page.evaluate(() => document.activeElement?.textContent)).toBe(t.results));
        expect(await walk.page.getByRole('link', { name: t.skip, exact: true }).count()).toBe(0);
        await checkA11y('obstacles (answered)');

        await walk.page.getByRole('link', { name: t.continue, exact: true }).click();
        await walk.page.waitForURL(url('/profile'));
        await expectText(heading1(walk.page), t.profileTitle);
      },
      walkTestTimeout,
    );

    it(
      'remembers the answer on a later visit, and every first step opens the page that does it',
      async () => {
        await walk.page.goto(url('/coach/obstacles'));
        await expectText(heading1(walk.page), t.obstaclesTitle);
        await eventually(async () => expect(await obstacleBoxes().count()).toBe(FIRST_STEPS.length));
        for (const { key } of FIRST_STEPS) expect(await walk.page.getByRole('checkbox', { name: t.excuses[key], exact: true }).isChecked()).toBe(true);
        expect(await walk.page.getByRole('link', { name: t.skip, exact: true }).count()).toBe(0);
        await expectSevenFirstSteps();

        // Every link is followed before judging, so one page that is wrong does not hide the state of the others.
        const arrivals: string[] = [];
        const expected: string[] = [];
        for (const { key, href, page: destination } of FIRST_STEPS) {
          await results().getByRole('link', { name: t.actions[key], exact: true }).click();
          await walk.page.waitForURL((address) => address.pathname === new URL(url(href)).pathname);
          const h1 = async () => (await heading1(walk.page).textContent())?.trim() ?? '';
          await eventually(async () => expect(await h1()).toBe(t.headings[destination])).catch(() => undefined);
          // "I have no time" is answered with a plan of 15 minutes (30 until then): the link sets it.
          const budget = destination === 'plan' ? walk.page.getByRole('radio', { name: t.fifteenMinutes, exact: true }) : null;
          if (budget) await eventually(async () => expect(await budget.isChecked()).toBe(true)).catch(() => undefined);
          arrivals.push(`${href} → ${await h1()}${budget && (await budget.isChecked()) ? ' (15 min)' : ''}`);
          expected.push(`${href} → ${t.headings[destination]}${budget ? ' (15 min)' : ''}`);
          await walk.page.goBack();
          await walk.page.waitForURL((address) => address.pathname === '/coach/obstacles');
          await results().waitFor();
        }
        expect(arrivals).toEqual(expected);
      },
      walkTestTimeout,
    );

    it(
      'shows three collaboration ideas with the members Discover recommends, each one click from a meeting',
      async () => {
        await walk.page.goto(url('/coach/ideas'));
        await expectText(heading1(walk.page), t.ideasTitle);
        const ideas = walk.page.locator('ol.recommendation-list > li');
        await eventually(async () => expect(await ideas.count()).toBe(3));
        const named: string[] = [];
        for (let index = 0; index < 3; index++) {
          const idea = ideas.nth(index);
          const name = ((await idea.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
          named.push(name);
          const slug = slugs.get(name) ?? '';
          expect(await idea.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(`/members/${slug}`);
          expect(await idea.getByRole('link', { name: t.proposeTo(name), exact: true }).getAttribute('href')).toBe(`/meetings/new?with=${slug}`);
          expect(((await idea.locator('.idea-text').textContent()) ?? '').length).toBeGreaterThan(20);
        }
        expect([...named].sort()).toEqual(matches.map((match) => match.name).sort());
        await checkA11y('ideas');

        const first = named[0] ?? '';
        await ideas.first().getByRole('link', { name: t.proposeTo(first), exact: true }).click();
        await walk.page.waitForURL((address) => address.pathname === '/meetings/new');
        await expectText(heading1(walk.page), t.proposeTo(first));
      },
      walkTestTimeout,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      walk.expectNoFindings(['obstacles (from onboarding)', 'obstacles (answered)', 'ideas']);
    });
  });
});
