/**
 * The pitch builder in a real browser, in Spanish and in English, on PGlite and (with
 * TEST_DATABASE_URL) on PostgreSQL: a member writes the six parts, generates the three versions,
 * analyses the 30-second one (a score on a labelled meter, and a suggestion marking the buzz phrase
 * they typed), saves the draft, publishes that version and sees it on their public profile page;
 * then, from a contact's member page, tailors the pitch to what that contact needs. axe (WCAG 2.1
 * AA) runs on the pitch page, before and after the analysis, and on the public profile page.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PitchParts } from '../../src/coach/pitch/model.ts';
import type { ProfileInput } from '../../src/profiles/profile-input.ts';
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
import { button, eventually, expectText, field, heading1 } from '../../src/testing/browser-page.ts';
import { databaseKinds } from '../../src/testing/databases.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'correct horse battery staple';
const TEST_TIMEOUT = 180_000;

interface Person {
  name: string;
  email: string;
  profile: ProfileInput;
}

/** The UI texts the walk relies on (web/src/locales/*.json), the parts typed and the two members. */
const FLOWS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    text: {
      email: 'Correo electrónico',
      password: 'Contraseña',
      loginSubmit: 'Entrar',
      greeting: (name: string) => `Hola, ${name}`,
      title: 'Tu presentación',
      parts: {
        whomIHelp: 'A quién ayudas',
        problem: 'El problema que les resuelves',
        result: 'Qué consiguen gracias a ti',
        proof: 'Una prueba',
        difference: 'Qué te hace diferente',
        ask: 'Qué buscas',
      } satisfies Record<keyof PitchParts, string>,
      generate: 'Generar las tres versiones',
      generated: 'Versiones generadas. Revísalas y cámbialas a tu gusto.',
      versionsTitle: '2. Tus tres versiones',
      elevatorCard: '30 segundos: tu elevator pitch',
      elevator: 'Versión de 30 segundos',
      analyze: 'Analizar la versión de 30 segundos',
      analysisReady: /^Análisis listo: \d{1,3} de 100\.$/u,
      score: 'Puntuación',
      criterion: 'Claridad',
      save: 'Guardar borrador',
      saved: 'Borrador guardado.',
      publish: 'Publicar en mi perfil la versión de 30 segundos',
      published: 'Listo: la versión de 30 segundos es ahora la presentación de tu perfil.',
      seeProfile: 'Ver tu perfil público',
      profileNow: 'En tu perfil ahora:',
      tailorLink: 'Adaptar mi presentación para esta persona',
      tailoredFor: (name: string) => `Para ${name}`,
      tailoredStart: (firstName: string) => `${firstName}, sé que buscas`,
    },
    weakPhrase: 'soluciones integrales',
    parts: {
      whomIHelp: 'restaurantes familiares de Madrid',
      problem: 'pierden horas cada semana con facturas e impuestos',
      result: 'tener soluciones integrales para sus cuentas y cobrar a tiempo',
      proof: 'llevo las cuentas de 40 restaurantes desde 2018',
      difference: 'voy a tu local cada semana',
      ask: 'gestorías que trabajen con hostelería',
    },
    member: {
      name: 'Marta Ruiz Calvo',
      email: 'marta.ruiz@example.es',
      profile: { headline: 'Contable de restaurantes', offers: ['contabilidad para pymes', 'asesoría fiscal'], visibility: 'public' },
    },
    contact: {
      name: 'Bruno Soler Gil',
      email: 'bruno.soler@example.es',
      profile: { headline: 'Restaurante familiar', offers: ['restaurante'], needs: ['asesor fiscal'], visibility: 'members' },
    },
  },
  {
    lang: 'en' as const,
    browserLocale: 'en-GB',
    text: {
      email: 'Email',
      password: 'Password',
      loginSubmit: 'Log in',
      greeting: (name: string) => `Hello, ${name}`,
      title: 'Your pitch',
      parts: {
        whomIHelp: 'Whom you help',
        problem: 'The problem you solve for them',
        result: 'What they get thanks to you',
        proof: 'Proof',
        difference: 'What makes you different',
        ask: 'What you are looking for',
      } satisfies Record<keyof PitchParts, string>,
      generate: 'Generate the three versions',
      generated: 'Versions generated. Read them and change them as you like.',
      versionsTitle: '2. Your three versions',
      elevatorCard: '30 seconds: your elevator pitch',
      elevator: '30-second version',
      analyze: 'Analyse the 30-second version',
      analysisReady: /^Analysis ready: \d{1,3} out of 100\.$/u,
      score: 'Score',
      criterion: 'Clarity',
      save: 'Save draft',
      saved: 'Draft saved.',
      publish: 'Publish on my profile the 30-second version',
      published: 'Done: the 30-second version is now the pitch on your profile.',
      seeProfile: 'See your public profile',
      profileNow: 'On your profile now:',
      tailorLink: 'Tailor my pitch for this person',
      tailoredFor: (name: string) => `For ${name}`,
      tailoredStart: (firstName: string) => `${firstName}, I know you are looking for`,
    },
    weakPhrase: 'innovative solutions',
    parts: {
      whomIHelp: 'family-run restaurants in Leeds',
      problem: 'lose hours every week to invoices and taxes',
      result: 'get innovative solutions for their books and get paid on time',
      proof: 'I have kept the books of 40 restaurants since 2018',
      difference: 'I visit your premises every week',
      ask: 'accountants who work with restaurants',
    },
    member: {
      name: 'Hannah Price',
      email: 'hannah.price@example.co.uk',
      profile: { headline: 'Bookkeeper for restaurants', offers: ['bookkeeping for small businesses', 'tax advice'], visibility: 'public' },
    },
    contact: {
      name: 'Oliver Grant',
      email: 'oliver.grant@example.co.uk',
      profile: { headline: 'Family restaurant', offers: ['restaurant'], needs: ['tax adviser'], visibility: 'members' },
    },
  },
] satisfies { member: Person; contact: Person; parts: PitchParts; [key: string]: unknown }[];

/** Each flow on each database (PostgreSQL too when TEST_DATABASE_URL is set). */
const RUNS = databaseKinds.flatMap((kind) => FLOWS.map((flow) => ({ ...flow, kind })));

/** The polite live region of a part of the page (its own, not those of the parts inside it). */
const liveMessage = (scope: Locator) => scope.locator(':scope > p.status-message[role="status"]');

/** Signs the member up through the API, in their language, with onboarding done. */
async function signUp(server: ListeningTestApp, lang: 'es' | 'en', person: Person): Promise<{ client: ApiClient; slug: string }> {
  const client = new ApiClient(server.app.server, lang);
  const signup = await client.post('/api/auth/signup', { email: person.email, password: PASSWORD, name: person.name, locale: lang });
  expect(signup.statusCode, signup.body).toBe(201);
  const profile = await client.put('/api/me/profile', { ...person.profile, completeOnboarding: true });
  expect(profile.statusCode, profile.body).toBe(200);
  return { client, slug: profile.json().profile.slug };
}

describe.skipIf(browserSkipReason() !== null)('The pitch builder in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    assertWebAppBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(RUNS)('in $lang on $kind', ({ kind, lang, browserLocale, text: t, weakPhrase, parts, member, contact }) => {
    let server: ListeningTestApp;
    let memberSlug = '';
    let contactSlug = '';
    let context: BrowserContext;
    let page: Page;
    let published = '';
    const pageErrors: string[] = [];
    const a11y = new Map<string, string[]>();
    const url = (path: string) => `${server.baseUrl}${path}`;
    const elevatorCard = () => page.getByRole('region', { name: t.elevatorCard, exact: true });
    const versionsSection = () => page.getByRole('region', { name: t.versionsTitle, exact: true });

    async function checkA11y(name: string) {
      a11y.set(name, await seriousAxeViolations(page));
    }

    /** Nothing sticks out sideways on a 360 px phone. */
    async function expectFitsPhone() {
      await page.setViewportSize(PHONE);
      await eventually(async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width));
      await page.setViewportSize(DESKTOP);
    }

    beforeAll(async () => {
      server = await startListeningTestApp(kind);
      memberSlug = (await signUp(server, lang, member)).slug;
      contactSlug = (await signUp(server, lang, contact)).slug;
      ({ context, page } = await openTestPage(browser, { locale: browserLocale, timezoneId: 'UTC', viewport: DESKTOP }, pageErrors));
    });

    afterAll(async () => {
      await context?.close();
      await server?.app.close();
    });

    it(
      'writes the parts, generates three versions and analyses the 30-second one, marking the buzz phrase typed',
      async () => {
        await page.goto(url('/login'));
        await logIn(page, { texts: t, lang, homeUrl: url('/'), name: member.name, email: member.email, password: PASSWORD });
        await page.goto(url('/coach/pitch'));
        await expectText(heading1(page), t.title);
        await field(page, t.parts.whomIHelp).waitFor();
        await checkA11y('pitch page (empty)');

        for (const [name, label] of Object.entries(t.parts) as [keyof PitchParts, string][]) await field(page, label).fill(parts[name]);
        await button(page, t.generate).click();
        await expectText(liveMessage(versionsSection()), t.generated);
        await eventually(async () => expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.versionsTitle));
        const elevator = field(page, t.elevator);
        published = await elevator.inputValue();
        for (const name of ['whomIHelp', 'problem', 'result', 'ask'] as const) expect(published).toContain(parts[name]);

        await button(page, t.analyze).click();
        const card = elevatorCard();
        await expectText(liveMessage(card), t.analysisReady);
        const score = Number(await card.getByRole('meter', { name: t.score, exact: true }).getAttribute('value'));
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThanOrEqual(100);
        await card.getByRole('meter', { name: t.criterion, exact: true }).waitFor();
        await expectText(card.locator('.pitch-suggestions mark').first(), weakPhrase);
        await checkA11y('pitch page (analysed)');
        await expectFitsPhone();
      },
      TEST_TIMEOUT,
    );

    it(
      'saves the draft and publishes the 30-second version, which the public profile page then shows',
      async () => {
        await button(page, t.save).click();
        await expectText(liveMessage(versionsSection().locator('.pitch-save')), t.saved);

        await button(page, t.publish).click();
        const card = elevatorCard();
        await expectText(liveMessage(card), t.published);
        const profileLink = card.getByRole('link', { name: t.seeProfile, exact: true });
        expect(await profileLink.getAttribute('href')).toBe(`/p/${memberSlug}`);
        await profileLink.click();
        await page.waitForURL(url(`/p/${memberSlug}`));
        await expectText(heading1(page), member.name);
        await page.getByText(published, { exact: true }).waitFor();
        await checkA11y('public profile page');

        await page.goto(url('/coach/pitch'));
        await eventually(async () => expect(await field(page, t.parts.result).inputValue()).toBe(parts.result));
        expect(await field(page, t.elevator).inputValue()).toBe(published);
        await page.getByText(t.profileNow).waitFor();
      },
      TEST_TIMEOUT,
    );

    it(
      'tailors the pitch to a contact from their member page',
      async () => {
        await page.goto(url(`/members/${contactSlug}`));
        await expectText(heading1(page), contact.name);
        await page.getByRole('link', { name: t.tailorLink, exact: true }).click();
        await page.waitForURL(url(`/coach/pitch?for=${contactSlug}`));
        const result = page.getByRole('region', { name: t.tailoredFor(contact.name), exact: true });
        await expectText(result.locator('.tailored-pitch'), new RegExp(`^${t.tailoredStart(contact.name.split(' ')[0]!)}`, 'u'));
        await checkA11y('pitch page (tailored)');
      },
      TEST_TIMEOUT,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      const report = [...a11y]
        .filter(([, violations]) => violations.length > 0)
        .map(([name, violations]) => `  ${name}:\n${violations.map((v) => `    - ${v}`).join('\n')}`);
      expect(report, `axe found serious or critical violations:\n${report.join('\n')}`).toEqual([]);
      expect([...a11y.keys()]).toEqual(['pitch page (empty)', 'pitch page (analysed)', 'public profile page', 'pitch page (tailored)']);
      expect(pageErrors).toEqual([]);
    });
  });
});
