/**
 * Meetings in a real browser, in Spanish and in English, on PGlite and (with TEST_DATABASE_URL) on
 * PostgreSQL: A (in Madrid) proposes a meeting from a Discover card, B (in New York) accepts one of
 * the slots, both see it on their Meetings page on their own clock, the brief has 5 questions, A's
 * notes and next step survive a reload, and the meeting page shows who in A's network (C) offers
 * what A noted that B needs. axe (WCAG 2.1 AA) runs on the Discover, propose, Meetings, meeting and
 * availability pages.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeSlot } from '../../src/meetings/scheduling/describe-slot.ts';
import type { Availability } from '../../src/meetings/scheduling/types.ts';
import {
  browserSkipReason,
  logIn,
  loginTexts,
  signUpOnboarded,
  useBrowserWalk,
  useChromium,
  walkTestTimeout,
  type WalkMember,
  type ListeningTestApp,
} from '../../src/testing/browser.ts';
import { databaseKinds } from '../../src/testing/databases.ts';
import { button, DESKTOP, escapeRegExp, eventually, expectFitsPhone, expectText, field, heading1, navLink } from '../../src/testing/browser-page.ts';
import { testPassword, type TestMember } from '../../src/testing/members.ts';
const LENGTH_MINUTES = 30;

interface Member extends WalkMember {
  timeZone: string;
  /** Weekday hours on the member's own clock; Madrid's afternoons overlap New York's mornings. */
  hours: { from: string; to: string };
}

const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

const availabilityOf = (member: Member): Availability => ({
  timeZone: member.timeZone,
  weeklyHours: Object.fromEntries(WORKDAYS.map((day) => [day, [member.hours]])),
  exceptions: [],
  formats: ['video', 'in-person', 'phone'],
  defaultLength: LENGTH_MINUTES,
  bufferMinutes: 15,
});

/** The UI texts the flow relies on (web/src/locales/*.json) and two members whose profiles match. */
const FLOWS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    text: {
      navDiscover: 'Descubrir',
      navMeetings: 'Reuniones',
      navSettings: 'Ajustes',
      logOut: 'Cerrar sesión',
      proposeTo: (name: string) => `Proponer reunión a ${name}`,
      purpose: 'Motivo',
      format: 'Formato',
      videoCall: 'Videollamada',
      videoLink: 'Enlace de la videollamada',
      slotsLegend: 'Horas que ofreces',
      sendTo: (name: string) => `Enviar propuesta a ${name}`,
      sent: (name: string) => `Propuesta enviada a ${name}.`,
      meetingWith: (name: string) => `Reunión con ${name}`,
      meetingsTitle: 'Reuniones',
      requests: (count: number) => `Solicitudes por responder (${count})`,
      upcoming: (count: number) => `Próximas (${count})`,
      acceptLegend: 'Elige una de las horas propuestas',
      acceptWith: (name: string) => `Aceptar esta hora con ${name}`,
      confirmed: (name: string) => `Reunión con ${name} confirmada.`,
      forYou: (time: string) => `${time} para ti`,
      forThem: (time: string, name: string) => `${time} para ${name}`,
      week: 'Semana',
      openWith: (name: string) => `Preparación y notas de la reunión con ${name}`,
      questions: (name: string) => `5 preguntas para ${name}`,
      notes: 'Notas',
      theirNeeds: 'Lo que necesita',
      addNeed: 'Añadir necesidad',
      nextStep: 'Próximo paso',
      nextStepAt: 'Fecha del próximo paso',
      useful: '¿Te ha sido útil?',
      yes: 'Sí',
      saveNotes: 'Guardar notas',
      notesSaved: 'Notas guardadas.',
      networkOffers: '¿Quién de tu red lo ofrece?',
      nobodyOffers: 'Nadie de tu red lo ofrece todavía.',
      searchDiscover: (phrase: string) => `Buscar «${phrase}» en Descubrir`,
      availabilityTitle: 'Tu disponibilidad para reuniones',
      timeZone: 'Zona horaria',
    },
    expectedReason: 'Necesita fotografía de bodas, justo lo que ofreces',
    a: {
      name: 'Carmen Ortega Vidal',
      email: 'carmen.ortega@example.es',
      timeZone: 'Europe/Madrid',
      hours: { from: '14:00', to: '20:00' },
      profile: {
        headline: 'Fotógrafa de bodas',
        city: 'Madrid',
        country: 'ES',
        languages: ['es'],
        offers: ['fotografía de bodas'],
        needs: ['floristerías para bodas'],
        goals: ['partners', 'clients'],
        pitch: 'Fotografío bodas en Madrid con un estilo natural y documental.',
        visibility: 'members',
      },
    },
    b: {
      name: 'Rocío Delgado Prieto',
      email: 'rocio.delgado@example.es',
      timeZone: 'America/New_York',
      hours: { from: '08:00', to: '14:00' },
      profile: {
        headline: 'Florista',
        company: 'Flores del Retiro',
        city: 'Nueva York',
        country: 'US',
        languages: ['es'],
        offers: ['decoración floral para bodas'],
        needs: ['fotógrafo de bodas'],
        goals: ['partners', 'clients'],
        pitch: 'Diseño la decoración floral de bodas de españoles en Nueva York.',
        visibility: 'members',
      },
    },
    // One of A's connections, offering what A notes that B needs.
    c: {
      name: 'Lucía Romero Sanz',
      email: 'lucia.romero@example.es',
      profile: { headline: 'Fotógrafa de retrato', city: 'Madrid', country: 'ES', languages: ['es'], offers: ['sesiones de fotos'], visibility: 'members' },
    },
    notes: {
      notes: 'Hace bodas de españoles en Nueva York; quiere fotógrafos que viajen.',
      need: 'fotógrafo que viaje',
      unmetNeed: 'agencia de viajes',
      nextStep: 'Enviarle mi portfolio de bodas en el extranjero',
    },
  },
  {
    lang: 'en' as const,
    browserLocale: 'en-GB',
    text: {
      navDiscover: 'Discover',
      navMeetings: 'Meetings',
      navSettings: 'Settings',
      logOut: 'Log out',
      proposeTo: (name: string) => `Propose a meeting to ${name}`,
      purpose: 'Purpose',
      format: 'Format',
      videoCall: 'Video call',
      videoLink: 'Video call link',
      slotsLegend: 'Times you offer',
      sendTo: (name: string) => `Send proposal to ${name}`,
      sent: (name: string) => `Proposal sent to ${name}.`,
      meetingWith: (name: string) => `Meeting with ${name}`,
      meetingsTitle: 'Meetings',
      requests: (count: number) => `Requests to answer (${count})`,
      upcoming: (count: number) => `Upcoming (${count})`,
      acceptLegend: 'Choose one of the proposed times',
      acceptWith: (name: string) => `Accept this time with ${name}`,
      confirmed: (name: string) => `Meeting with ${name} confirmed.`,
      forYou: (time: string) => `${time} for you`,
      forThem: (time: string, name: string) => `${time} for ${name}`,
      week: 'Week',
      openWith: (name: string) => `Brief and notes for the meeting with ${name}`,
      questions: (name: string) => `5 questions to ask ${name}`,
      notes: 'Notes',
      theirNeeds: 'What they need',
      addNeed: 'Add need',
      nextStep: 'Next step',
      nextStepAt: 'Date of the next step',
      useful: 'Was it useful?',
      yes: 'Yes',
      saveNotes: 'Save notes',
      notesSaved: 'Notes saved.',
      networkOffers: 'Who in your network offers this?',
      nobodyOffers: 'Nobody in your network offers it yet.',
      searchDiscover: (phrase: string) => `Search Discover for “${phrase}”`,
      availabilityTitle: 'Your availability for meetings',
      timeZone: 'Time zone',
    },
    expectedReason: 'They need wedding photography — you offer it',
    a: {
      name: 'Emily Carter',
      email: 'emily.carter@example.co.uk',
      timeZone: 'Europe/Madrid',
      hours: { from: '14:00', to: '20:00' },
      profile: {
        headline: 'Wedding photographer',
        city: 'Madrid',
        country: 'ES',
        languages: ['en'],
        offers: ['wedding photography'],
        needs: ['florists for weddings'],
        goals: ['partners', 'clients'],
        pitch: 'I photograph weddings in Madrid in a natural, documentary style.',
        visibility: 'members',
      },
    },
    b: {
      name: 'James Whitfield',
      email: 'james.whitfield@example.co.uk',
      timeZone: 'America/New_York',
      hours: { from: '08:00', to: '14:00' },
      profile: {
        headline: 'Florist',
        company: 'Bloom & Vine',
        city: 'New York',
        country: 'US',
        languages: ['en'],
        offers: ['wedding flowers'],
        needs: ['wedding photographer'],
        goals: ['partners', 'clients'],
        pitch: 'I design wedding flowers for couples marrying in New York.',
        visibility: 'members',
      },
    },
    c: {
      name: 'Olivia Bennett',
      email: 'olivia.bennett@example.co.uk',
      profile: { headline: 'Portrait photographer', city: 'Madrid', country: 'ES', languages: ['en'], offers: ['photo sessions'], visibility: 'members' },
    },
    notes: {
      notes: 'Does weddings for European couples in New York; wants photographers who travel.',
      need: 'photographer who travels',
      unmetNeed: 'travel agency',
      nextStep: 'Send him my portfolio of weddings abroad',
    },
  },
] satisfies { a: Member; b: Member; c: WalkMember; [key: string]: unknown }[];

/** Each flow on each database (PostgreSQL too when TEST_DATABASE_URL is set). */
const RUNS = databaseKinds.flatMap((kind) => FLOWS.map((flow) => ({ ...flow, kind })));

/** The card of the member with this name (its name is the card's level-3 heading). */
const cardOf = (page: Page, scope: Locator, name: string) =>
  scope.locator('.member-card').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
/** The polite live region that announces what just happened (the page's, or a form's). */
const liveMessage = (scope: Page | Locator) => scope.locator('p.status-message[role="status"]');

/** Signs the member up, completes their onboarding and sets their availability. */
async function createMember(server: ListeningTestApp, lang: 'es' | 'en', member: Member): Promise<TestMember> {
  const created = await signUpOnboarded(server, lang, member);
  const availability = await created.client.put('/api/me/availability', availabilityOf(member));
  expect(availability.statusCode, availability.body).toBe(200);
  return created;
}

/** One asks, the other accepts: the two are connected. */
async function connect(from: TestMember, to: TestMember): Promise<void> {
  const asked = await from.client.post('/api/connections', { slug: to.slug });
  expect(asked.statusCode, asked.body).toBe(201);
  const accepted = await to.client.post(`/api/connections/${asked.json().connection.id}/accept`);
  expect(accepted.statusCode, accepted.body).toBe(200);
}

describe.skipIf(browserSkipReason() !== null)('Meetings in Chromium', () => {
  const chromium = useChromium();

  describe.each(RUNS)('in $lang on $kind', ({ kind, lang, browserLocale, text: t, expectedReason, a, b, c, notes }) => {
    let cSlug = '';
    /** The slot B accepts, as instants. */
    let agreed: { start: Date; end: Date } | null = null;
    const walk = useBrowserWalk(chromium, {
      kind,
      context: { locale: browserLocale, timezoneId: 'UTC', viewport: DESKTOP },
      seed: async (server) => {
        const aMember = await createMember(server, lang, a);
        await createMember(server, lang, b);
        const cMember = await signUpOnboarded(server, lang, c);
        await connect(aMember, cMember);
        cSlug = cMember.slug;
      },
    });
    const { url, checkA11y } = walk;
    /** The server's text for the agreed slot on a member's clock, in the page's language. */
    const localTime = (member: Member) => {
      if (!agreed) throw new Error('no slot accepted yet');
      return describeSlot(agreed, member.timeZone, lang).text;
    };

    async function logInAs(member: Member) {
      await walk.page.goto(url('/login'));
      await logIn(walk.page, { texts: loginTexts[lang], lang, homeUrl: url('/'), name: member.name, email: member.email, password: testPassword });
    }

    async function logOut() {
      await navLink(walk.page, t.navSettings).click();
      await button(walk.page, t.logOut).click();
      await walk.page.waitForURL(url('/'));
    }

    async function openMeetings() {
      await navLink(walk.page, t.navMeetings).click();
      await walk.page.waitForURL(url('/meetings'));
      await expectText(heading1(walk.page), t.meetingsTitle);
    }

    /**
     * C is listed, linked to their page, as someone in A's network offering what B needs; for the
     * need nobody offers, the page says so and links to a Discover search for it.
     */
    async function expectNetworkOffers() {
      const region = walk.page.getByRole('region', { name: t.networkOffers, exact: true });
      const member = region.getByRole('link', { name: c.name, exact: true });
      await member.waitFor();
      expect(await member.getAttribute('href')).toBe(`/members/${cSlug}`);
      await region.getByText(t.nobodyOffers).waitFor();
      const search = region.getByRole('link', { name: t.searchDiscover(notes.unmetNeed), exact: true });
      expect(await search.getAttribute('href')).toBe(`/discover?${new URLSearchParams({ q: notes.unmetNeed }).toString()}`);
    }

    /** The agreed slot on a meeting card: on the viewer's clock, then on the other's. */
    async function expectAgreedSlot(card: Locator, viewer: Member, other: Member) {
      await expectText(card.locator('.slot-yours').first(), t.forYou(localTime(viewer)));
      await expectText(card.locator('.slot-theirs').first(), t.forThem(localTime(other), other.name));
    }

    it(
      'proposes a meeting from a Discover card, with slots on both clocks',
      async () => {
        await logInAs(a);
        await walk.page.goto(url('/settings/availability'));
        await expectText(heading1(walk.page), t.availabilityTitle);
        expect(await field(walk.page, t.timeZone).inputValue()).toBe(a.timeZone);
        await checkA11y('availability');
        await expectFitsPhone(walk.page);

        await navLink(walk.page, t.navDiscover).click();
        await walk.page.waitForURL(url('/discover'));
        const card = cardOf(walk.page, walk.page.locator('.recommendation-list'), b.name);
        await card.waitFor();
        await checkA11y('discover');
        await card.getByRole('link', { name: t.proposeTo(b.name), exact: true }).click();
        await walk.page.waitForURL((address) => address.pathname === '/meetings/new');
        await expectText(heading1(walk.page), t.proposeTo(b.name));

        // The purpose starts from why they match.
        const purpose = field(walk.page, t.purpose);
        expect(await purpose.inputValue()).toContain(expectedReason);
        await field(walk.page, t.format).selectOption({ label: t.videoCall });
        await field(walk.page, t.videoLink).fill('https://meet.example.com/bodas');

        const slots = walk.page.getByRole('group', { name: t.slotsLegend, exact: true });
        const choices = slots.getByRole('checkbox');
        await choices.first().waitFor();
        const count = await choices.count();
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(5);
        // Each slot is read on A's clock, with B's time as its description.
        const first = slots.locator('.choice').first();
        await expectText(first.locator('label'), new RegExp(`${escapeRegExp(t.forYou(''))}$`));
        await expectText(first.locator('.field-hint'), new RegExp(`${escapeRegExp(t.forThem('', b.name))}$`));
        await choices.nth(0).check();
        if (count > 1) await choices.nth(1).check();
        await checkA11y('propose');
        await expectFitsPhone(walk.page);

        await button(walk.page, t.sendTo(b.name)).click();
        await walk.page.waitForURL((address) => /^\/meetings\/[^/]+$/.test(address.pathname) && address.pathname !== '/meetings/new');
        await expectText(heading1(walk.page), t.meetingWith(b.name));
        await expectText(liveMessage(walk.page), t.sent(b.name));
        await checkA11y('meeting (proposed)');
      },
      walkTestTimeout,
    );

    it(
      'lets the other member accept one slot, shown on their own clock',
      async () => {
        await logOut();
        await logInAs(b);
        await openMeetings();
        const requests = walk.page.getByRole('region', { name: t.requests(1), exact: true });
        const request = cardOf(walk.page, requests, a.name);
        await request.waitFor();
        await checkA11y('meetings with a request');

        const options = request.getByRole('group', { name: t.acceptLegend, exact: true }).getByRole('radio');
        await options.first().check();
        const start = new Date(await options.first().inputValue());
        agreed = { start, end: new Date(start.getTime() + LENGTH_MINUTES * 60_000) };
        await button(request, t.acceptWith(a.name)).click();
        await expectText(liveMessage(walk.page), t.confirmed(a.name));

        const upcoming = walk.page.getByRole('region', { name: t.upcoming(1), exact: true });
        const meeting = cardOf(walk.page, upcoming, a.name);
        await meeting.waitFor();
        await expectAgreedSlot(meeting, b, a);
        await checkA11y('meetings after accepting');

        // The week view lists it on B's day, with B's time.
        await button(upcoming, t.week).click();
        await expectText(upcoming.locator('.calendar-meetings a').first(), `${localTime(b)} · ${a.name}`);
        await checkA11y('meetings week view');
        await expectFitsPhone(walk.page);
      },
      walkTestTimeout,
    );

    it(
      'shows the proposer the meeting on their clock, the brief with 5 questions, keeps their notes, and who in their network offers what was noted',
      async () => {
        await logOut();
        await logInAs(a);
        await openMeetings();
        const upcoming = walk.page.getByRole('region', { name: t.upcoming(1), exact: true });
        const meeting = cardOf(walk.page, upcoming, b.name);
        await meeting.waitFor();
        await expectAgreedSlot(meeting, a, b);

        await meeting.getByRole('link', { name: t.openWith(b.name), exact: true }).click();
        await expectText(heading1(walk.page), t.meetingWith(b.name));
        await expectAgreedSlot(walk.page.locator('.meeting-facts'), a, b);
        const questions = walk.page.getByRole('region', { name: t.questions(b.name), exact: true }).getByRole('listitem');
        await eventually(async () => expect(await questions.count()).toBe(5));
        await checkA11y('meeting (accepted)');
        await expectFitsPhone(walk.page);

        await field(walk.page, t.notes).fill(notes.notes);
        for (const need of [notes.need, notes.unmetNeed]) {
          await field(walk.page, t.theirNeeds).fill(need);
          await button(walk.page, t.addNeed).click();
        }
        await field(walk.page, t.nextStep).fill(notes.nextStep);
        await field(walk.page, t.nextStepAt).fill(nextWeek());
        await field(walk.page, t.useful).selectOption({ label: t.yes });
        await button(walk.page, t.saveNotes).click();
        await expectText(liveMessage(walk.page.locator('form').filter({ has: button(walk.page, t.saveNotes) })), t.notesSaved);
        await expectNetworkOffers();
        await checkA11y('meeting with notes');

        await walk.page.reload();
        await expectText(heading1(walk.page), t.meetingWith(b.name));
        await eventually(async () => expect(await field(walk.page, t.notes).inputValue()).toBe(notes.notes));
        expect(await field(walk.page, t.nextStep).inputValue()).toBe(notes.nextStep);
        expect(await field(walk.page, t.nextStepAt).inputValue()).toBe(nextWeek());
        expect(await field(walk.page, t.useful).inputValue()).toBe('yes');
        await expectText(walk.page.locator('.chips .chip span').first(), notes.need);
        await expectNetworkOffers();
      },
      walkTestTimeout,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      walk.expectNoFindings([
        'availability',
        'discover',
        'propose',
        'meeting (proposed)',
        'meetings with a request',
        'meetings after accepting',
        'meetings week view',
        'meeting (accepted)',
        'meeting with notes',
      ]);
    });
  });
});

/** A local date a week from now, YYYY-MM-DD. */
function nextWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
}
