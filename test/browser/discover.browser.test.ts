/**
 * Discover in a real browser, once in Spanish and once in English: a member sees why to meet
 * someone, sends them a connection request with a note, and the other member accepts it, with axe
 * (WCAG 2.1 AA) run on the Discover and Connections pages.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/profiles/profile-input.ts';
import { ApiClient } from '../../src/testing/api-client.ts';
import {
  assertWebAppBuilt,
  browserSkipReason,
  launchChromium,
  logIn,
  seriousAxeViolations,
  startListeningTestApp,
  type ListeningTestApp,
  openTestPage,
} from '../../src/testing/browser.ts';
import { button, eventually, expectText, field, heading1, navLink } from '../../src/testing/browser-page.ts';

const DESKTOP = { width: 1280, height: 800 };
const PASSWORD = 'correct horse battery staple';
/** The machine running the suite may be busy: be patient with the app and the browser. */
const TEST_TIMEOUT = 180_000;

interface Member {
  name: string;
  email: string;
  profile: ProfileInput;
}

/**
 * The UI texts the flow relies on (from web/src/locales/*.json) and two members in Madrid who each
 * need what the other offers: a wedding photographer (A) and a florist (B).
 */
const FLOWS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    timezoneId: 'Europe/Madrid',
    text: {
      email: 'Correo electrónico',
      password: 'Contraseña',
      loginSubmit: 'Entrar',
      greeting: (name: string) => `Hola, ${name}`,
      navDiscover: 'Descubrir',
      navConnections: 'Contactos',
      navSettings: 'Ajustes',
      logOut: 'Cerrar sesión',
      discoverTitle: 'Descubrir',
      relations: ['Posible socio', 'Posible cliente', 'Posible proveedor', 'Contacto de interés', 'Colega de tu sector'],
      partner: 'Posible socio',
      why: 'Por qué',
      connectWith: (name: string) => `Conectar con ${name}`,
      connect: 'Conectar',
      note: 'Nota (opcional)',
      sendRequestTo: (name: string) => `Enviar solicitud a ${name}`,
      requestSent: 'Solicitud enviada',
      requestSentTo: (name: string) => `Solicitud enviada a ${name}.`,
      connectionsTitle: 'Contactos',
      received: (count: number) => `Solicitudes recibidas (${count})`,
      mine: (count: number) => `Mis contactos (${count})`,
      receivedEmpty: 'No tienes solicitudes pendientes de responder.',
      theirNote: 'Su nota:',
      acceptFrom: (name: string) => `Aceptar la solicitud de ${name}`,
      accepted: (name: string) => `Ya estás en contacto con ${name}.`,
    },
    /** A word every reason in this language uses, and words that would betray the other language. */
    /** B needs what A offers, said to A (src/matching/ranking/reason-text.ts). */
    expectedReason: 'Necesita fotografía de bodas, justo lo que ofreces',
    reasonWords: /\b(ofreces|necesita|buscas|ofrece|busca|os|sois)\b/i,
    otherLanguageWords: /\b(you|they|need|offer|also)\b/i,
    a: {
      name: 'Carmen Ortega Vidal',
      email: 'carmen.ortega@example.es',
      profile: {
        headline: 'Fotógrafa de bodas',
        city: 'Madrid',
        region: 'Comunidad de Madrid',
        country: 'ES',
        languages: ['es'],
        offers: ['fotografía de bodas'],
        needs: ['floristerías para bodas'],
        goals: ['partners', 'clients'],
        visibility: 'members',
      },
    },
    b: {
      name: 'Rocío Delgado Prieto',
      email: 'rocio.delgado@example.es',
      profile: {
        headline: 'Florista',
        company: 'Flores del Retiro',
        city: 'Madrid',
        region: 'Comunidad de Madrid',
        country: 'ES',
        languages: ['es'],
        offers: ['decoración floral para bodas'],
        needs: ['fotógrafo de bodas'],
        goals: ['partners', 'clients'],
        visibility: 'members',
      },
    },
    note: 'Hola, Rocío: hago bodas en Madrid y me encantaría recomendar tus flores a mis parejas.',
  },
  {
    lang: 'en' as const,
    browserLocale: 'en-GB',
    timezoneId: 'Europe/London',
    text: {
      email: 'Email',
      password: 'Password',
      loginSubmit: 'Log in',
      greeting: (name: string) => `Hello, ${name}`,
      navDiscover: 'Discover',
      navConnections: 'Connections',
      navSettings: 'Settings',
      logOut: 'Log out',
      discoverTitle: 'Discover',
      relations: ['Potential partner', 'Potential client', 'Potential supplier', 'Worth knowing', 'Colleague in your field'],
      partner: 'Potential partner',
      why: 'Why',
      connectWith: (name: string) => `Connect with ${name}`,
      connect: 'Connect',
      note: 'Note (optional)',
      sendRequestTo: (name: string) => `Send request to ${name}`,
      requestSent: 'Request sent',
      requestSentTo: (name: string) => `Request sent to ${name}.`,
      connectionsTitle: 'Connections',
      received: (count: number) => `Requests received (${count})`,
      mine: (count: number) => `My connections (${count})`,
      receivedEmpty: 'You have no requests waiting for an answer.',
      theirNote: 'Their note:',
      acceptFrom: (name: string) => `Accept the request from ${name}`,
      accepted: (name: string) => `You are now connected with ${name}.`,
    },
    expectedReason: 'They need wedding photography — you offer it',
    reasonWords: /\b(you|they)\b/i,
    otherLanguageWords: /\b(ofreces|necesita|buscas|ofrece|busca|os)\b/i,
    a: {
      name: 'Emily Carter',
      email: 'emily.carter@example.co.uk',
      profile: {
        headline: 'Wedding photographer',
        city: 'Madrid',
        region: 'Community of Madrid',
        country: 'ES',
        languages: ['en'],
        offers: ['wedding photography'],
        needs: ['florists for weddings'],
        goals: ['partners', 'clients'],
        visibility: 'members',
      },
    },
    b: {
      name: 'James Whitfield',
      email: 'james.whitfield@example.co.uk',
      profile: {
        headline: 'Florist',
        company: 'Bloom & Vine',
        city: 'Madrid',
        region: 'Community of Madrid',
        country: 'ES',
        languages: ['en'],
        offers: ['wedding flowers'],
        needs: ['wedding photographer'],
        goals: ['partners', 'clients'],
        visibility: 'members',
      },
    },
    note: 'Hi James, I shoot weddings in Madrid and would love to recommend your flowers to my couples.',
  },
] satisfies { a: Member; b: Member; [key: string]: unknown }[];

/** The card of the member with this name (its name is the card's level-3 heading). */
const cardOf = (page: Page, scope: Locator, name: string) =>
  scope.locator('.member-card').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
/** The polite live region that announces what just happened (not the result counts). */
const liveMessage = (page: Page) => page.locator('p.status-message[role="status"]');

/** Signs the member up in the given language through the API and completes their onboarding. */
async function createMember(server: ListeningTestApp, lang: 'es' | 'en', member: Member): Promise<void> {
  const client = new ApiClient(server.app.server, lang);
  const signup = await client.post('/api/auth/signup', { email: member.email, password: PASSWORD, name: member.name, locale: lang });
  expect(signup.statusCode, signup.body).toBe(201);
  const profile = await client.put('/api/me/profile', { ...member.profile, completeOnboarding: true });
  expect(profile.statusCode, profile.body).toBe(200);
}

describe.skipIf(browserSkipReason() !== null)('Discover and connections in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    assertWebAppBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(FLOWS)('in $lang', ({ lang, browserLocale, timezoneId, text: t, expectedReason, reasonWords, otherLanguageWords, a, b, note }) => {
    let server: ListeningTestApp;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];
    /** Serious and critical axe violations, by page name. */
    const a11y = new Map<string, string[]>();
    const url = (path: string) => `${server.baseUrl}${path}`;

    async function checkA11y(name: string) {
      a11y.set(name, await seriousAxeViolations(page));
    }

    async function logInAs(member: Member) {
      await page.goto(url('/login'));
      await logIn(page, { texts: t, lang, homeUrl: url('/'), name: member.name, email: member.email, password: PASSWORD });
    }

    beforeAll(async () => {
      server = await startListeningTestApp('pglite');
      await createMember(server, lang, a);
      await createMember(server, lang, b);
      ({ context, page } = await openTestPage(browser, { locale: browserLocale, timezoneId, viewport: DESKTOP }, pageErrors));
    });

    afterAll(async () => {
      await context?.close();
      await server?.app.close();
    });

    it(
      'shows the member why to meet the other, and sends them a connection request with a note',
      async () => {
        await logInAs(a);
        await navLink(page, t.navDiscover).click();
        await page.waitForURL(url('/discover'));
        await expectText(heading1(page), t.discoverTitle);

        const card = cardOf(page, page.locator('.recommendation-list'), b.name);
        await card.waitFor();
        expect(await card.locator('.member-card-headline').textContent()).toBe(b.profile.headline);

        // The relation badge and the reasons, in the page's language.
        const badge = ((await card.locator('.relation-badge').textContent()) ?? '').trim();
        expect(t.relations).toContain(badge);
        expect(badge).toBe(t.partner); // each needs what the other offers
        await card.getByRole('heading', { level: 4, name: t.why, exact: true }).waitFor();
        const reasons = (await card.locator('ul.reasons > li').allTextContents()).map((reason) => reason.trim());
        expect(reasons.length).toBeGreaterThan(0);
        expect(reasons).toContain(expectedReason);
        expect(reasons.some((reason) => reasonWords.test(reason)), reasons.join(' | ')).toBe(true);
        for (const reason of reasons) expect(reason, reasons.join(' | ')).not.toMatch(otherLanguageWords);

        // Connect: the inline form opens with the note field focused.
        const connect = button(card, t.connectWith(b.name));
        expect((await connect.textContent())?.trim()).toBe(t.connect);
        await connect.click();
        expect(await connect.getAttribute('aria-expanded')).toBe('true');
        const noteField = field(card, t.note);
        await eventually(async () => expect(await noteField.evaluate((element) => element === document.activeElement)).toBe(true));
        await noteField.fill(note);
        await checkA11y('discover with the connect form open');

        await button(card, t.sendRequestTo(b.name)).click();
        await expectText(card.locator('.connection-state'), new RegExp(`${t.requestSent}$`));
        await expectText(liveMessage(page), t.requestSentTo(b.name));
        expect(await connect.count()).toBe(0);
        expect(await card.locator('form').count()).toBe(0);
        await checkA11y('discover after sending the request');

        // The request is saved: after a reload the card still says so.
        await page.reload();
        await expectText(cardOf(page, page.locator('.recommendation-list'), b.name).locator('.connection-state'), new RegExp(`${t.requestSent}$`));
      },
      TEST_TIMEOUT,
    );

    it(
      'logs out, and the other member sees the request with its note and accepts it',
      async () => {
        await navLink(page, t.navSettings).click();
        await button(page, t.logOut).click();
        await page.waitForURL(url('/'));

        await logInAs(b);
        await navLink(page, t.navConnections).click();
        await page.waitForURL(url('/connections'));
        await expectText(heading1(page), t.connectionsTitle);

        const received = page.getByRole('region', { name: t.received(1), exact: true });
        const request = cardOf(page, received, a.name);
        await request.waitFor();
        await expectText(request.locator('.connection-note-label'), t.theirNote);
        await expectText(request.locator('.connection-note blockquote'), note);
        await checkA11y('connections with a request received');

        await button(request, t.acceptFrom(a.name)).click();
        await expectText(liveMessage(page), t.accepted(a.name));
        const mine = page.getByRole('region', { name: t.mine(1), exact: true });
        await cardOf(page, mine, a.name).waitFor();
        const noneReceived = page.getByRole('region', { name: t.received(0), exact: true });
        await expectText(noneReceived.locator('.empty-state'), t.receivedEmpty);
        await checkA11y('connections after accepting');

        // Accepted on the server too.
        await page.reload();
        await cardOf(page, page.getByRole('region', { name: t.mine(1), exact: true }), a.name).waitFor();
        expect(await page.getByRole('region', { name: t.received(0), exact: true }).count()).toBe(1);
      },
      TEST_TIMEOUT,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      const report = [...a11y]
        .filter(([, violations]) => violations.length > 0)
        .map(([name, violations]) => `  ${name}:\n${violations.map((v) => `    - ${v}`).join('\n')}`);
      expect(report, `axe found serious or critical violations:\n${report.join('\n')}`).toEqual([]);
      expect([...a11y.keys()]).toEqual([
        'discover with the connect form open',
        'discover after sending the request',
        'connections with a request received',
        'connections after accepting',
      ]);
      expect(pageErrors).toEqual([]);
    });
  });
});
