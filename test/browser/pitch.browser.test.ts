/**
 * The pitch builder in a real browser, in Spanish and in English, on PGlite and (with
 * TEST_DATABASE_URL) on PostgreSQL: a member writes the six parts, generates the three versions,
 * analyses the 30-second one (a score on a labelled meter, and a suggestion marking the buzz phrase
 * they typed), saves the draft, publishes that version and sees it on their public profile page;
 * then, from a contact's member page, tailors the pitch to what that contact needs. axe (WCAG 2.1
 * AA) runs on the pitch page, before and after the analysis, and on the public profile page.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PitchParts } from '../../src/coach/pitch/model.ts';
import { browserSkipReason, logIn, loginTexts, signUpOnboarded, useBrowserWalk, useChromium, walkTestTimeout, type WalkMember } from '../../src/testing/browser.ts';
import { button, DESKTOP, eventually, expectFitsPhone, expectText, field, heading1 } from '../../src/testing/browser-page.ts';
import { databaseKinds } from '../../src/testing/databases.ts';
import { testPassword } from '../../src/testing/members.ts';

/** The UI texts the walk relies on (web/src/locales/*.json), the parts typed and the two members. */
const FLOWS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    text: {
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
] satisfies { member: WalkMember; contact: WalkMember; parts: PitchParts; [key: string]: unknown }[];

/** Each flow on each database (PostgreSQL too when TEST_DATABASE_URL is set). */
// Each language walks on one database (Spanish on PGlite, English on PostgreSQL when CI has it): the
// API tests already cover every rule on both, and a walk per database halves the slowest suite.
const RUNS = FLOWS.map((flow, index) => ({ ...flow, kind: databaseKinds[index % databaseKinds.length]! }));

/** The polite live region of a part of the page (its own, not those of the parts inside it). */
const liveMessage = (scope: Locator) => scope.locator(':scope > p.status-message[role="status"]');

describe.skipIf(browserSkipReason() !== null)('The pitch builder in Chromium', () => {
  const chromium = useChromium();

  describe.each(RUNS)('in $lang on $kind', ({ kind, lang, browserLocale, text: t, weakPhrase, parts, member, contact }) => {
    let memberSlug = '';
    let contactSlug = '';
    let published = '';
    const walk = useBrowserWalk(chromium, {
      kind,
      context: { locale: browserLocale, timezoneId: 'UTC', viewport: DESKTOP },
      seed: async (server) => {
        memberSlug = (await signUpOnboarded(server, lang, member)).slug;
        contactSlug = (await signUpOnboarded(server, lang, contact)).slug;
      },
    });
    const { url, checkA11y } = walk;
    const elevatorCard = () => walk.page.getByRole('region', { name: t.elevatorCard, exact: true });
    const versionsSection = () => walk.page.getByRole('region', { name: t.versionsTitle, exact: true });

    it(
      'writes the parts, generates three versions and analyses the 30-second one, marking the buzz phrase typed',
      async () => {
        await walk.page.goto(url('/login'));
        await logIn(walk.page, { texts: loginTexts[lang], lang, homeUrl: url('/'), name: member.name, email: member.email, password: testPassword });
        await walk.page.goto(url('/coach/pitch'));
        await expectText(heading1(walk.page), t.title);
        await field(walk.page, t.parts.whomIHelp).waitFor();
        await checkA11y('pitch page (empty)');

        for (const [name, label] of Object.entries(t.parts) as [keyof PitchParts, string][]) await field(walk.page, label).fill(parts[name]);
        await button(walk.page, t.generate).click();
        await expectText(liveMessage(versionsSection()), t.generated);
        await eventually(async () => expect(await walk.page.evaluate(() => document.activeElement?.textContent)).toBe(t.versionsTitle));
        const elevator = field(walk.page, t.elevator);
        published = await elevator.inputValue();
        for (const name of ['whomIHelp', 'problem', 'result', 'ask'] as const) expect(published).toContain(parts[name]);

        await button(walk.page, t.analyze).click();
        const card = elevatorCard();
        await expectText(liveMessage(card), t.analysisReady);
        const score = Number(await card.getByRole('meter', { name: t.score, exact: true }).getAttribute('value'));
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThanOrEqual(100);
        await card.getByRole('meter', { name: t.criterion, exact: true }).waitFor();
        await expectText(card.locator('.pitch-suggestions mark').first(), weakPhrase);
        await checkA11y('pitch page (analysed)');
        await expectFitsPhone(walk.page);
      },
      walkTestTimeout,
    );

    it(
      'saves the draft and publishes the 30-second version, which the public profile page then shows',
      async () => {
        await button(walk.page, t.save).click();
        await expectText(liveMessage(versionsSection().locator('.pitch-save')), t.saved);

        await button(walk.page, t.publish).click();
        const card = elevatorCard();
        await expectText(liveMessage(card), t.published);
        const profileLink = card.getByRole('link', { name: t.seeProfile, exact: true });
        expect(await profileLink.getAttribute('href')).toBe(`/p/${memberSlug}`);
        await profileLink.click();
        await walk.page.waitForURL(url(`/p/${memberSlug}`));
        await expectText(heading1(walk.page), member.name);
        await walk.page.getByText(published, { exact: true }).waitFor();
        await checkA11y('public profile page');

        await walk.page.goto(url('/coach/pitch'));
        await eventually(async () => expect(await field(walk.page, t.parts.result).inputValue()).toBe(parts.result));
        expect(await field(walk.page, t.elevator).inputValue()).toBe(published);
        await walk.page.getByText(t.profileNow).waitFor();
      },
      walkTestTimeout,
    );

    it(
      'tailors the pitch to a contact from their member page',
      async () => {
        await walk.page.goto(url(`/members/${contactSlug}`));
        await expectText(heading1(walk.page), contact.name);
        await walk.page.getByRole('link', { name: t.tailorLink, exact: true }).click();
        await walk.page.waitForURL(url(`/coach/pitch?for=${contactSlug}`));
        const result = walk.page.getByRole('region', { name: t.tailoredFor(contact.name), exact: true });
        await expectText(result.locator('.tailored-pitch'), new RegExp(`^${t.tailoredStart(contact.name.split(' ')[0]!)}`, 'u'));
        await checkA11y('pitch page (tailored)');
      },
      walkTestTimeout,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      walk.expectNoFindings(['pitch page (empty)', 'pitch page (analysed)', 'public profile page', 'pitch page (tailored)']);
    });
  });
});
