/**
 * The administrators' concepts page in a real browser, in Spanish and in English: only
 * administrators see it in the navigation; errors are summarised and tied to their fields; an
 * administrator adds a synonym and a concept with the keyboard and mouse, sees them listed with
 * who added them, and removes them; axe (WCAG 2.1 AA) runs on the page along the way.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { grantInstanceAdmin } from '../../src/accounts/accounts.ts';
import { button, expectText, field, navLink } from '../../src/testing/browser-page.ts';
import { browserSkipReason, logIn, loginTexts, useBrowserWalk, useChromium, walkTestTimeout } from '../../src/testing/browser.ts';
import { createMember, testPassword } from '../../src/testing/members.ts';

/** The UI texts the flow relies on, from web/src/locales/*.json. */
const FLOWS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    text: {
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
  const chromium = useChromium();

  describe.each(FLOWS)('in $lang', ({ lang, browserLocale, text: t }) => {
    const admin = { name: 'Irene Blanco', email: `irene.${lang}@example.es` };
    const member = { name: 'Pablo Ruiz', email: `pablo.${lang}@example.es` };
    const walk = useBrowserWalk(chromium, {
      kind: 'pglite',
      context: { locale: browserLocale, viewport: { width: 1280, height: 900 } },
      seed: async (server) => {
        for (const person of [admin, member]) await createMember(server.app.server, person.email, person.name, {}, lang);
        await grantInstanceAdmin(server.app.ctx.database.db, admin.email);
      },
    });
    const { url } = walk;

    /** Logs in afresh, whoever was logged in before. */
    async function logInAs(person: { name: string; email: string }) {
      await walk.context.clearCookies();
      await walk.page.goto(url('/login'));
      await logIn(walk.page, { texts: loginTexts[lang], lang, homeUrl: url('/'), ...person, password: testPassword });
    }

    it(
      'is in the navigation of administrators only; others are told why they cannot use it',
      async () => {
        await logInAs(member);
        expect(await navLink(walk.page, t.nav).count()).toBe(0);
        await walk.page.goto(url('/taxonomy'));
        await expectText(walk.page.getByRole('alert'), t.notAllowed);

        await logInAs(admin);
        await navLink(walk.page, t.nav).click();
        await walk.page.waitForURL(url('/taxonomy'));
        await expectText(walk.page.getByRole('heading', { level: 1 }), t.title);
      },
      walkTestTimeout,
    );

    it(
      'adds a synonym, reports mistakes on their fields, lists it with who added it, and removes it',
      async () => {
        const synonymForm = form(walk.page, t.addSynonym);
        await button(walk.page, t.addSynonym).click();
        const summary = synonymForm.getByRole('alert');
        await expectText(summary.locator('li').first(), `${t.concept}: ${t.chooseConcept}`);
        await expectText(summary.locator('li').nth(1), `${t.term}: ${t.required}`);
        await walk.checkA11y('synonym form with errors');

        // The error summary's links lead to the fields.
        await summary.getByRole('link').first().click();
        expect(await isFocused(field(synonymForm, t.concept))).toBe(true);
        await walk.page.keyboard.type('artesan');
        const choice = synonymForm.getByRole('radio', { name: t.handicrafts, exact: true });
        await choice.check();
        await field(synonymForm, t.term).fill('luthier');
        await walk.page.keyboard.press('Enter');
        await expectText(synonymForm.getByRole('status').last(), t.synonymAdded);
        const added = walk.page.locator('.card').filter({ hasText: 'luthier' });
        await expectText(added.locator('.member-card-meta'), t.addedBy(admin.name));

        // The same synonym again: the server's message lands on the field.
        await synonymForm.getByRole('searchbox').fill('artesan');
        await choice.check();
        await field(synonymForm, t.term).fill('Luthier');
        await button(walk.page, t.addSynonym).click();
        await expectText(synonymForm.locator('#term-error'), new RegExp(`${t.alreadyThere}$`));
        expect(await field(synonymForm, t.term).getAttribute('aria-invalid')).toBe('true');

        await button(walk.page, t.removeSynonym).click();
        await expectText(walk.page.locator('p.status-message[role="status"]').last(), t.removed);
        await expectText(walk.page.locator('.empty-state').last(), t.noSynonyms);
      },
      walkTestTimeout,
    );

    it(
      'adds a concept with an English synonym and a sphere, and lists it',
      async () => {
        const conceptForm = form(walk.page, t.addConcept);
        await field(conceptForm, t.kind).selectOption({ label: t.product });
        await field(conceptForm, t.labelEs).fill('Kombucha');
        await field(conceptForm, t.labelEn).fill('Kombucha');
        await field(conceptForm, t.synonymsEn).fill('fermented tea');
        await button(conceptForm, t.addInEnglish).click();
        await conceptForm.getByRole('checkbox', { name: t.sphere, exact: true }).check();
        await walk.checkA11y('concept form filled in');
        await button(conceptForm, t.addConcept).click();
        await expectText(conceptForm.getByRole('status').last(), t.conceptAdded);
        const card = walk.page.locator('.card').filter({ has: walk.page.getByRole('heading', { level: 3, name: 'Kombucha', exact: true }) });
        await expectText(card.locator('.member-card-meta').first(), `${t.product} · ${t.sphere}`);
        await walk.checkA11y('page with additions');
      },
      walkTestTimeout,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      walk.expectNoFindings(['synonym form with errors', 'concept form filled in', 'page with additions']);
    });
  });
});
