/**
 * The administrators' concepts page in a real browser, in Spanish and in English: only
 * administrators see it in the navigation; errors are summarised and tied to their fields; an
 * administrator adds a synonym and a concept with the keyboard and mouse, sees them listed with
 * who added them, and removes them; axe (WCAG 2.1 AA) runs on the page along the way.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantInstanceAdmin } from '../../src/accounts/accounts.ts';
import { ApiClient } from '../../src/testing/api-client.ts';
import { button, eventually, expectText, field, navLink } from '../../src/testing/browser-page.ts';
import {
  assertWebAppBuilt,
  browserSkipReason,
  launchChromium,
  seriousAxeViolations,
  startListeningTestApp,
  type ListeningTestApp,
  openTestPage,
} from '../../src/testing/browser.ts';

const PASSWORD = 'correct horse battery staple';
/** The machine running the suite may be busy: be patient with the app and the browser. */
const TEST_TIMEOUT = 180_000;

/** The UI texts the flow relies on, from web/src/locales/*.json. */
const FLOWS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    text: {
      email: 'Correo electrónico',
      password: 'Contraseña',
      loginSubmit: 'Entrar',
      nav: 'Conceptos',
      title: 'Conceptos y sinónimos',
      notAllowed: 'Solo los administradores de la instancia o de una comunidad pueden añadir conceptos y sinónimos.',
      concept: 'Concepto',
      chooseConcept: 'Busca y elige el concepto.',
      required: 'Este campo es obligatorio.',
      handicrafts: 'Artesanía (Producto)',
      term: 'Sinónimo',
      addSynonym: 'Añadir sinónimo',
      synonymAdded: 'Añadido «luthier» a Artesanía. Los perfiles se recalculan en segundo plano.',
      alreadyThere: 'Este concepto ya se reconoce con ese término.',
      kind: 'Tipo de concepto',
      product: 'Producto',
      labelEs: 'Nombre en español',
      labelEn: 'Nombre en inglés',
      synonymsEn: 'Sinónimos en inglés (opcional)',
      addInEnglish: 'Añadir en inglés',
      sphere: 'Agroalimentación y vino',
      addConcept: 'Añadir concepto',
      conceptAdded: 'Añadido el concepto «Kombucha». Los perfiles se recalculan en segundo plano.',
      addedBy: (name: string) => new RegExp(`^Añadido por ${name} el `),
      removeSynonym: 'Quitar el sinónimo «luthier»',
      removed: 'Quitado: luthier.',
      noSynonyms: 'Todavía no se ha añadido ningún sinónimo.',
    },
  },
  {
    lang: 'en' as const,
    browserLocale: 'en-GB',
    text: {
      email: 'Email',
      password: 'Password',
      loginSubmit: 'Log in',
      nav: 'Concepts',
      title: 'Concepts and synonyms',
      notAllowed: 'Only instance or community administrators can add concepts and synonyms.',
      concept: 'Concept',
      chooseConcept: 'Search for the concept and choose it.',
      required: 'This field is required.',
      handicrafts: 'Handicrafts (Product)',
      term: 'Synonym',
      addSynonym: 'Add synonym',
      synonymAdded: 'Added “luthier” to Handicrafts. Profiles are recomputed in the background.',
      alreadyThere: 'This concept is already recognised by that term.',
      kind: 'Kind of concept',
      product: 'Product',
      labelEs: 'Name in Spanish',
      labelEn: 'Name in English',
      synonymsEn: 'Synonyms in English (optional)',
      addInEnglish: 'Add in English',
      sphere: 'Agrifood & wine',
      addConcept: 'Add concept',
      conceptAdded: 'Added the concept “Kombucha”. Profiles are recomputed in the background.',
      addedBy: (name: string) => new RegExp(`^Added by ${name} on `),
      removeSynonym: 'Remove the synonym “luthier”',
      removed: 'Removed: luthier.',
      noSynonyms: 'No synonym has been added yet.',
    },
  },
];

const form = (page: Page, submit: string) => page.locator('form').filter({ has: button(page, submit) });
const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe.skipIf(browserSkipReason() !== null)('Concepts page in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    assertWebAppBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(FLOWS)('in $lang', ({ lang, browserLocale, text: t }) => {
    let server: ListeningTestApp;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];
    const a11y = new Map<string, string[]>();
    const admin = { name: 'Irene Blanco', email: `irene.${lang}@example.es` };
    const member = { name: 'Pablo Ruiz', email: `pablo.${lang}@example.es` };
    const url = (path: string) => `${server.baseUrl}${path}`;

    async function logIn(email: string) {
      await context.clearCookies();
      await page.goto(url('/login'));
      await field(page, t.email).fill(email);
      await field(page, t.password).fill(PASSWORD);
      await button(page, t.loginSubmit).click();
      await page.waitForURL(url('/'));
    }

    beforeAll(async () => {
      server = await startListeningTestApp('pglite');
      for (const person of [admin, member]) {
        const signup = await new ApiClient(server.app.server, lang).post('/api/auth/signup', { ...person, password: PASSWORD, locale: lang });
        expect(signup.statusCode, signup.body).toBe(201);
      }
      await grantInstanceAdmin(server.app.ctx.database.db, admin.email);
      ({ context, page } = await openTestPage(browser, { locale: browserLocale, viewport: { width: 1280, height: 900 } }, pageErrors));
    });

    afterAll(async () => {
      await context?.close();
      await server?.app.close();
    });

    it(
      'is in the navigation of administrators only; others are told why they cannot use it',
      async () => {
        await logIn(member.email);
        expect(await navLink(page, t.nav).count()).toBe(0);
        await page.goto(url('/taxonomy'));
        await expectText(page.getByRole('alert'), t.notAllowed);

        await logIn(admin.email);
        await navLink(page, t.nav).click();
        await page.waitForURL(url('/taxonomy'));
        await expectText(page.getByRole('heading', { level: 1 }), t.title);
      },
      TEST_TIMEOUT,
    );

    it(
      'adds a synonym, reports mistakes on their fields, lists it with who added it, and removes it',
      async () => {
        const synonymForm = form(page, t.addSynonym);
        await button(page, t.addSynonym).click();
        const summary = synonymForm.getByRole('alert');
        await expectText(summary.locator('li').first(), `${t.concept}: ${t.chooseConcept}`);
        await expectText(summary.locator('li').nth(1), `${t.term}: ${t.required}`);
        a11y.set('synonym form with errors', await seriousAxeViolations(page));

        // The error summary's links lead to the fields.
        await summary.getByRole('link').first().click();
        expect(await isFocused(field(synonymForm, t.concept))).toBe(true);
        await page.keyboard.type('artesan');
        const choice = synonymForm.getByRole('radio', { name: t.handicrafts, exact: true });
        await choice.check();
        await field(synonymForm, t.term).fill('luthier');
        await page.keyboard.press('Enter');
        await expectText(synonymForm.getByRole('status').last(), t.synonymAdded);
        const added = page.locator('.card').filter({ hasText: 'luthier' });
        await expectText(added.locator('.member-card-meta'), t.addedBy(admin.name));

        // The same synonym again: the server's message lands on the field.
        await synonymForm.getByRole('searchbox').fill('artesan');
        await choice.check();
        await field(synonymForm, t.term).fill('Luthier');
        await button(page, t.addSynonym).click();
        await expectText(synonymForm.locator('#term-error'), new RegExp(`${t.alreadyThere}$`));
        expect(await field(synonymForm, t.term).getAttribute('aria-invalid')).toBe('true');

        await button(page, t.removeSynonym).click();
        await expectText(page.locator('p.status-message[role="status"]').last(), t.removed);
        await expectText(page.locator('.empty-state').last(), t.noSynonyms);
      },
      TEST_TIMEOUT,
    );

    it(
      'adds a concept with an English synonym and a sphere, and lists it',
      async () => {
        const conceptForm = form(page, t.addConcept);
        await field(conceptForm, t.kind).selectOption({ label: t.product });
        await field(conceptForm, t.labelEs).fill('Kombucha');
        await field(conceptForm, t.labelEn).fill('Kombucha');
        await field(conceptForm, t.synonymsEn).fill('fermented tea');
        await button(conceptForm, t.addInEnglish).click();
        await conceptForm.getByRole('checkbox', { name: t.sphere, exact: true }).check();
        a11y.set('concept form filled in', await seriousAxeViolations(page));
        await button(conceptForm, t.addConcept).click();
        await expectText(conceptForm.getByRole('status').last(), t.conceptAdded);
        const card = page.locator('.card').filter({ has: page.getByRole('heading', { level: 3, name: 'Kombucha', exact: true }) });
        await expectText(card.locator('.member-card-meta').first(), `${t.product} · ${t.sphere}`);
        a11y.set('page with additions', await seriousAxeViolations(page));
      },
      TEST_TIMEOUT,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      const report = [...a11y].filter(([, violations]) => violations.length > 0).map(([name, violations]) => `${name}: ${violations.join('; ')}`);
      expect(report).toEqual([]);
      expect([...a11y.keys()]).toHaveLength(3);
      expect(pageErrors).toEqual([]);
    });
  });
});
