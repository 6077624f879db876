/**
 * Discover in a real browser, once in Spanish and once in English: a member sees why to meet
 * someone, sends them a connection request with a note, and the other member accepts it, with axe
 * (WCAG 2.1 AA) run on the Discover and Connections pages.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason, logIn, loginTexts, signUpOnboarded, useBrowserWalk, useChromium, walkTestTimeout, type WalkMember } from '../../src/testing/browser.ts';
import { button, DESKTOP, eventually, expectText, field, heading1, navLink } from '../../src/testing/browser-page.ts';
import { testPassword } from '../../src/testing/members.ts';

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
] satisfies { a: WalkMember; b: WalkMember; [key: string]: unknown }[];

/** The card of the member with this name (its name is the card's level-3 heading). */
const cardOf = (page: Page, scope: Locator, name: string) =>
  scope.locator('.member-card').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
/** The polite live region that announces what just happened (not the result counts). */
const liveMessage = (page: Page) => page.locator('p.status-message[role="status"]');

describe.skipIf(browserSkipReason() !== null)('Discover and connections in Chromium', () => {
  const chromium = useChromium();

  describe.each(FLOWS)('in $lang', ({ lang, browserLocale, timezoneId, text: t, expectedReason, reasonWords, otherLanguageWords, a, b, note }) => {
    const walk = useBrowserWalk(chromium, {
      kind: 'pglite',
      context: { locale: browserLocale, timezoneId, viewport: DESKTOP },
      seed: async (server) => {
        await signUpOnboarded(server, lang, a);
        await signUpOnboarded(server, lang, b);
      },
    });
    const { url, checkA11y } = walk;

    async function logInAs(member: WalkMember) {
      await walk.page.goto(url('/login'));
      await logIn(walk.page, { texts: loginTexts[lang], lang, homeUrl: url('/'), name: member.name, email: member.email, password: testPassword });
    }

    it(
      'shows the member why to meet the other, and sends them a connection request with a note',
      async () => {
        await logInAs(a);
        await navLink(walk.page, t.navDiscover).click();
        await walk.page.waitForURL(url('/discover'));
        await expectText(heading1(walk.page), t.discoverTitle);

        const card = cardOf(walk.page, walk.page.locator('.recommendation-list'), b.name);
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
        await expectText(liveMessage(walk.page), t.requestSentTo(b.name));
        expect(await connect.count()).toBe(0);
        expect(await card.locator('form').count()).toBe(0);
        await checkA11y('discover after sending the request');

        // The request is saved: after a reload the card still says so.
        await walk.page.reload();
        await expectText(cardOf(walk.page, walk.page.locator('.recommendation-list'), b.name).locator('.connection-state'), new RegExp(`${t.requestSent}$`));
      },
      walkTestTimeout,
    );

    it(
      'logs out, and the other member sees the request with its note and accepts it',
      async () => {
        await navLink(walk.page, t.navSettings).click();
        await button(walk.page, t.logOut).click();
        await walk.page.waitForURL(url('/'));

        await logInAs(b);
        await navLink(walk.page, t.navConnections).click();
        await walk.page.waitForURL(url('/connections'));
        await expectText(heading1(walk.page), t.connectionsTitle);

        const received = walk.page.getByRole('region', { name: t.received(1), exact: true });
        const request = cardOf(walk.page, received, a.name);
        await request.waitFor();
        await expectText(request.locator('.connection-note-label'), t.theirNote);
        await expectText(request.locator('.connection-note blockquote'), note);
        await checkA11y('connections with a request received');

        await button(request, t.acceptFrom(a.name)).click();
        await expectText(liveMessage(walk.page), t.accepted(a.name));
        const mine = walk.page.getByRole('region', { name: t.mine(1), exact: true });
        await cardOf(walk.page, mine, a.name).waitFor();
        const noneReceived = walk.page.getByRole('region', { name: t.received(0), exact: true });
        await expectText(noneReceived.locator('.empty-state'), t.receivedEmpty);
        await checkA11y('connections after accepting');

        // Accepted on the server too.
        await walk.page.reload();
        await cardOf(walk.page, walk.page.getByRole('region', { name: t.mine(1), exact: true }), a.name).waitFor();
        expect(await walk.page.getByRole('region', { name: t.received(0), exact: true }).count()).toBe(1);
      },
      walkTestTimeout,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      walk.expectNoFindings([
        'discover with the connect form open',
        'discover after sending the request',
        'connections with a request received',
        'connections after accepting',
      ]);
    });
  });
});
