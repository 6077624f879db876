/**
 * Collaborate in a real browser, in Spanish and in English, on PGlite and (with TEST_DATABASE_URL)
 * on PostgreSQL: after a meeting between a wedding photographer (A) and a florist (B), A opens the
 * collaboration ideas for the two of them, sends a proposal from one, B accepts it, A gives B a
 * referral (consent ticked, after being told it is required), B marks it won with a value, and both
 * dashboards show it: value generated for others (A), value received (B), one agreed collaboration.
 * axe (WCAG 2.1 AA) runs on the ideas, proposal, referral and dashboard pages, and they fit a 360 px phone.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { grantInstanceAdmin } from '../../src/accounts/accounts.ts';
import type { MemberIdeas } from '../../src/collaboration/ideas/ideas-with-member.ts';
import {
  browserSkipReason,
  logIn,
  loginTexts,
  signUpOnboarded,
  useBrowserWalk,
  useChromium,
  walkTestTimeout,
  type ListeningTestApp,
  type WalkMember,
} from '../../src/testing/browser.ts';
import { databaseKinds } from '../../src/testing/databases.ts';
import { button, DESKTOP, escapeRegExp, eventually, expectFitsPhone, expectText, field, heading1, navLink } from '../../src/testing/browser-page.ts';
import { testPassword, type TestMember } from '../../src/testing/members.ts';
import { formatMoney } from '../../web/src/collaborate/money.ts';

/** The UI texts the flow relies on (web/src/locales/*.json) and two members whose trades complement each other. */
const FLOWS = [
  {
    lang: 'es' as const,
    browserLocale: 'es-ES',
    text: {
      navCollaborate: 'Colaborar',
      afterMeeting: 'Después de la reunión',
      ideasWith: (name: string) => `Ideas para colaborar con ${name}`,
      jointOffer: 'Oferta conjunta',
      mutualReferral: 'Acuerdo de recomendación mutua',
      proposeThis: (format: string) => `Proponer esto: ${format}`,
      proposeTo: (name: string) => `Proponer una colaboración a ${name}`,
      format: 'Tipo de colaboración',
      title: 'Título',
      youGive: 'Lo que aportas',
      youGet: 'Lo que obtienes',
      theyGet: (name: string) => `Lo que obtiene ${name}`,
      estimatedValue: 'Valor estimado',
      sendProposalTo: (name: string) => `Enviar propuesta a ${name}`,
      proposalSent: (name: string) => `Propuesta enviada a ${name}.`,
      standing: 'En qué punto está',
      sent: 'Enviada',
      agreed: 'Acordada',
      awaitsYou: 'Te toca aceptar',
      accept: (version: number) => `Aceptar la versión ${version}`,
      accepted: (version: number) => `Has aceptado la versión ${version}.`,
      edit: 'Modificar',
      cancelEdit: 'Cancelar',
      reacceptWarning: 'Ya hay acuerdo: si la modificas, todas las partes tendréis que aceptarla de nuevo.',
      giveReferralTo: (name: string) => `Pasar una recomendación a ${name}`,
      referralTitle: (name: string) => `Pasar una recomendación a ${name}`,
      contactName: 'Nombre de la persona recomendada',
      contactEmail: 'Correo electrónico',
      need: 'Qué necesita',
      hot: 'Caliente',
      consent: (name: string) => `Ha aceptado que ${name} se ponga en contacto`,
      consentRequired: 'Confirma que esta persona ha aceptado que se le contacte.',
      sendReferralTo: (name: string) => `Pasar la recomendación a ${name}`,
      referralGiven: (name: string) => `Recomendación pasada a ${name}.`,
      referralsReceived: 'Recibidas',
      contacted: 'Contactada',
      won: 'Ganada',
      closedValue: 'Valor del negocio cerrado',
      updateStatus: 'Actualizar estado',
      moved: (status: string) => `Estado actualizado: ${status}.`,
      thankYou: (name: string, value: string) => `¡Gracias por el negocio cerrado! ${name} ha cerrado ${value} gracias a tu recomendación.`,
      dashboardTitle: 'Tu panel de valor',
      generatedForOthers: 'Valor generado para otros',
      valueReceived: 'Valor recibido',
      proposalsAgreed: 'Colaboraciones acordadas',
      proposalsByState: 'Propuestas por estado',
      adminTitle: 'Panel de la red',
      downloadCsv: 'Descargar CSV',
    },
    a: {
      name: 'Carmen Ortega Vidal',
      email: 'carmen.ortega@example.es',
      profile: { headline: 'Fotógrafa de bodas', city: 'Madrid', country: 'ES', languages: ['es'], offers: ['fotografía de bodas'], goals: ['partners'], visibility: 'members' },
    },
    b: {
      name: 'Rocío Delgado Prieto',
      email: 'rocio.delgado@example.es',
      profile: { headline: 'Florista', company: 'Flores del Retiro', city: 'Madrid', country: 'ES', languages: ['es'], offers: ['floristería para bodas'], goals: ['clients'], visibility: 'members' },
    },
    proposal: { youGive: 'Reportaje completo de la boda y fotos de las flores para su web' },
    referral: { name: 'Lucía Prieto Vela', email: 'lucia.prieto@example.es', need: 'Flores para su boda en junio, unas 120 personas' },
  },
  {
    lang: 'en' as const,
    browserLocale: 'en-GB',
    text: {
      navCollaborate: 'Collaborate',
      afterMeeting: 'After the meeting',
      ideasWith: (name: string) => `Ideas to collaborate with ${name}`,
      jointOffer: 'Joint offer',
      mutualReferral: 'Mutual referral agreement',
      proposeThis: (format: string) => `Propose this: ${format}`,
      proposeTo: (name: string) => `Propose a collaboration to ${name}`,
      format: 'Kind of collaboration',
      title: 'Title',
      youGive: 'What you contribute',
      youGet: 'What you get',
      theyGet: (name: string) => `What ${name} gets`,
      estimatedValue: 'Estimated value',
      sendProposalTo: (name: string) => `Send proposal to ${name}`,
      proposalSent: (name: string) => `Proposal sent to ${name}.`,
      standing: 'Where it stands',
      sent: 'Sent',
      agreed: 'Agreed',
      awaitsYou: 'Awaits your acceptance',
      accept: (version: number) => `Accept version ${version}`,
      accepted: (version: number) => `You accepted version ${version}.`,
      edit: 'Edit',
      cancelEdit: 'Cancel',
      reacceptWarning: 'You have an agreement: if you change it, everyone will be asked to accept it again.',
      giveReferralTo: (name: string) => `Give a referral to ${name}`,
      referralTitle: (name: string) => `Give a referral to ${name}`,
      contactName: 'Name of the person you refer',
      contactEmail: 'Email',
      need: 'What they need',
      hot: 'Hot',
      consent: (name: string) => `They agreed to be contacted by ${name}`,
      consentRequired: 'Confirm that this person agreed to be contacted.',
      sendReferralTo: (name: string) => `Give the referral to ${name}`,
      referralGiven: (name: string) => `Referral given to ${name}.`,
      referralsReceived: 'Received',
      contacted: 'Contacted',
      won: 'Won',
      closedValue: 'Value of the closed business',
      updateStatus: 'Update status',
      moved: (status: string) => `Status updated: ${status}.`,
      thankYou: (name: string, value: string) => `Thank you for closed business! ${name} closed ${value} thanks to your referral.`,
      dashboardTitle: 'Your value dashboard',
      generatedForOthers: 'Value generated for others',
      valueReceived: 'Value received',
      proposalsAgreed: 'Collaborations agreed',
      proposalsByState: 'Proposals by state',
      adminTitle: 'Network dashboard',
      downloadCsv: 'Download CSV',
    },
    a: {
      name: 'Emily Carter',
      email: 'emily.carter@example.co.uk',
      profile: { headline: 'Wedding photographer', city: 'London', country: 'GB', languages: ['en'], offers: ['wedding photography'], goals: ['partners'], visibility: 'members' },
    },
    b: {
      name: 'James Whitfield',
      email: 'james.whitfield@example.co.uk',
      profile: { headline: 'Florist', company: 'Bloom & Vine', city: 'London', country: 'GB', languages: ['en'], offers: ['wedding flowers'], goals: ['clients'], visibility: 'members' },
    },
    proposal: { youGive: 'Full wedding coverage and photos of the flowers for their website' },
    referral: { name: 'Olivia Bennett', email: 'olivia.bennett@example.co.uk', need: 'Flowers for her June wedding, about 120 guests' },
  },
] satisfies { a: WalkMember; b: WalkMember; [key: string]: unknown }[];

// Each language walks on one database (Spanish on PGlite, English on PostgreSQL when CI has it): the
// API tests already cover every rule on both, and a walk per database halves the slowest suite.
const RUNS = FLOWS.map((flow, index) => ({ ...flow, kind: databaseKinds[index % databaseKinds.length]! }));

/** The polite live region that announces what just happened. */
const liveMessage = (scope: Page | Locator) => scope.locator('p.status-message[role="status"]');
/** Text with every kind of space as a plain one: Intl puts no-break spaces in amounts. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A headline figure on a dashboard, by its label. */
const figure = (page: Page, label: string) => page.locator('.figure').filter({ has: page.getByText(label, { exact: true }) }).locator('.figure-value');

/** Signs the member up with onboarding done and every day free from 8:00 to 20:00, Madrid time. */
async function signUp(server: ListeningTestApp, lang: 'es' | 'en', member: WalkMember): Promise<TestMember> {
  const created = await signUpOnboarded(server, lang, member);
  const availability = await created.client.put('/api/me/availability', {
    timeZone: 'Europe/Madrid',
    weeklyHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [{ from: '08:00', to: '20:00' }]])),
    exceptions: [],
    formats: ['video', 'in-person', 'phone'],
    defaultLength: 30,
    bufferMinutes: 0,
  });
  expect(availability.statusCode, availability.body).toBe(200);
  return created;
}

/** A proposes a meeting, B accepts it, and it is moved a month back: a meeting they have held. */
async function pastMeeting(server: ListeningTestApp, a: TestMember, b: TestMember): Promise<string> {
  const slots = (await a.client.get(`/api/meetings/slots?with=${b.slug}`)).json().slots as { start: string; end: string }[];
  expect(slots.length).toBeGreaterThan(0);
  const proposed = await a.client.post('/api/meetings', { with: b.slug, purpose: 'Bodas / weddings', format: 'video', lengthMinutes: 30, slots: [{ start: slots[0]!.start, end: slots[0]!.end }] });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const id = proposed.json().id as string;
  const accepted = await b.client.post(`/api/meetings/${id}/accept`, { start: slots[0]!.start });
  expect(accepted.statusCode, accepted.body).toBe(200);
  await server.app.ctx.database.query(
    `UPDATE meetings SET starts_at = starts_at - interval '30 days', ends_at = ends_at - interval '30 days' WHERE id = $1`,
    [id],
  );
  return id;
}

describe.skipIf(browserSkipReason() !== null)('Collaborate in Chromium', () => {
  const chromium = useChromium();

  describe.each(RUNS)('in $lang on $kind', ({ kind, lang, browserLocale, text: t, a, b, proposal, referral }) => {
    let bSlug = '';
    let meetingId = '';
    let ideas: MemberIdeas['ideas'] = [];
    let proposalUrl = '';
    let referralUrl = '';
    const walk = useBrowserWalk(chromium, {
      kind,
      context: { locale: browserLocale, timezoneId: 'Europe/Madrid', viewport: DESKTOP },
      seed: async (server) => {
        const aMember = await signUp(server, lang, a);
        const bMember = await signUp(server, lang, b);
        bSlug = bMember.slug;
        await grantInstanceAdmin(server.app.ctx.database.db, a.email);
        meetingId = await pastMeeting(server, aMember, bMember);
        ideas = ((await aMember.client.get(`/api/members/${bSlug}/collaboration-ideas`)).json() as MemberIdeas).ideas;
      },
    });
    const { url, checkA11y } = walk;
    const value = formatMoney({ amountCents: 250_000, currency: 'EUR' }, lang);

    async function logInAs(member: WalkMember) {
      await walk.context.clearCookies();
      await walk.page.goto(url('/login'));
      await logIn(walk.page, { texts: loginTexts[lang], lang, homeUrl: url('/'), name: member.name, email: member.email, password: testPassword });
    }

    it(
      'shows A the ideas for B after their meeting and on B’s profile, and sends a proposal from one',
      async () => {
        const { page } = walk;
        expect(ideas.map((idea) => idea.format).slice(0, 2)).toEqual(['jointOffer', 'mutualReferral']);
        await logInAs(a);

        // On B's profile: the same ideas, each with what both gain.
        await page.goto(url(`/members/${bSlug}`));
        const onProfile = page.getByRole('region', { name: t.ideasWith(b.name), exact: true });
        await expectText(onProfile.getByRole('heading', { level: 3 }).first(), t.jointOffer);
        await onProfile.getByText(ideas[0]!.rationale, { exact: true }).waitFor();
        await onProfile.getByText(ideas[0]!.gains.b, { exact: true }).waitFor();
        await checkA11y('member profile with ideas');
        await expectFitsPhone(page);

        // After the meeting: the ideas again, to propose one from the meeting.
        await page.goto(url(`/meetings/${meetingId}`));
        const after = page.getByRole('region', { name: t.afterMeeting, exact: true });
        await expectText(after.getByRole('heading', { level: 4 }).nth(1), t.mutualReferral);
        await checkA11y('meeting (after)');
        await after.getByRole('link', { name: t.proposeThis(t.jointOffer), exact: true }).click();

        await page.waitForURL((address) => address.pathname === '/collaborate/proposals/new');
        await expectText(heading1(page), t.proposeTo(b.name));
        expect(await field(page, t.format).inputValue()).toBe('jointOffer');
        expect(await field(page, t.title).inputValue()).not.toBe('');
        expect(await field(page, t.youGet).inputValue()).toBe(ideas[0]!.gains.a);
        expect(await field(page, t.theyGet(b.name)).inputValue()).toBe(ideas[0]!.gains.b);
        await field(page, t.youGive).fill(proposal.youGive);
        await field(page, t.estimatedValue).fill('3000');
        await checkA11y('new proposal');
        await expectFitsPhone(page);
        await button(page, t.sendProposalTo(b.name)).click();

        await page.waitForURL((address) => /^\/collaborate\/proposals\/[0-9a-f-]{36}$/.test(address.pathname));
        proposalUrl = page.url();
        await expectText(liveMessage(page), t.proposalSent(b.name));
        const standing = page.getByRole('region', { name: t.standing, exact: true });
        await expectText(standing.locator('.state-badge'), t.sent);
        await checkA11y('proposal (sent)');
      },
      walkTestTimeout,
    );

    it(
      'lets B find it awaiting them and accept it',
      async () => {
        const { page } = walk;
        await logInAs(b);
        await navLink(page, t.navCollaborate).click();
        await page.waitForURL(url('/collaborate'));
        const item = page.locator('.collab-item').first();
        await expectText(item.locator('.state-badge-attention'), t.awaitsYou);
        await checkA11y('collaborate');
        await item.getByRole('heading', { level: 3 }).getByRole('link').click();
        await page.waitForURL(proposalUrl);

        await button(page, t.accept(1)).click();
        await expectText(liveMessage(page), t.accepted(1));
        const standing = page.getByRole('region', { name: t.standing, exact: true });
        await expectText(standing.locator('.state-badge'), t.agreed);
        // Focus moved to where the proposal now stands.
        await eventually(async () => expect(await page.evaluate(() => document.activeElement?.id)).toBe('proposal-standing-title'));
        await checkA11y('proposal (agreed)');
        await expectFitsPhone(page);

        // Editing an agreed proposal says first that everyone will be asked to accept it again.
        await button(page, t.edit).click();
        await page.getByText(t.reacceptWarning, { exact: true }).waitFor();
        expect(await field(page, t.title).inputValue()).not.toBe('');
        await checkA11y('proposal (editing)');
        await button(page, t.cancelEdit).click();
        await eventually(async () => expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.edit));
      },
      walkTestTimeout,
    );

    it(
      'lets A give B a referral, once its consent is ticked',
      async () => {
        const { page } = walk;
        await logInAs(a);
        await page.goto(url(`/members/${bSlug}`));
        await page.getByRole('link', { name: t.giveReferralTo(b.name), exact: true }).click();
        await page.waitForURL((address) => address.pathname === '/collaborate/referrals/new');
        await expectText(heading1(page), t.referralTitle(b.name));
        await field(page, t.contactName).fill(referral.name);
        await field(page, t.contactEmail).fill(referral.email);
        await field(page, t.need).fill(referral.need);
        await field(page, t.hot).check();
        await button(page, t.sendReferralTo(b.name)).click();
        // Without consent: refused, said next to the checkbox and in the summary.
        await expectText(page.locator('#consent-error'), new RegExp(`${escapeRegExp(t.consentRequired)}$`));
        await checkA11y('new referral (with an error)');

        await field(page, t.consent(b.name)).check();
        await button(page, t.sendReferralTo(b.name)).click();
        await page.waitForURL((address) => /^\/collaborate\/referrals\/[0-9a-f-]{36}$/.test(address.pathname));
        referralUrl = page.url();
        await expectText(liveMessage(page), t.referralGiven(b.name));
        await page.getByText(referral.email, { exact: true }).waitFor();
        await checkA11y('referral (given)');
      },
      walkTestTimeout,
    );

    it(
      'lets B move it to contacted and then won, with the closed value',
      async () => {
        const { page } = walk;
        await logInAs(b);
        await page.goto(url('/collaborate/referrals'));
        const received = page.getByRole('region', { name: t.referralsReceived, exact: true });
        await received.getByRole('link', { name: referral.name, exact: true }).click();
        await page.waitForURL(referralUrl);

        await field(page, t.contacted).check();
        await button(page, t.updateStatus).click();
        await expectText(liveMessage(page), t.moved(t.contacted));
        await field(page, t.won).check();
        await field(page, t.closedValue).fill('2500');
        await checkA11y('referral (moving)');
        await button(page, t.updateStatus).click();
        await expectText(liveMessage(page), t.moved(t.won));
        await checkA11y('referral (won)');
        await expectFitsPhone(page);

        await page.goto(url('/collaborate/dashboard'));
        await expectText(heading1(page), t.dashboardTitle);
        await eventually(async () => expect(plain((await figure(page, t.valueReceived).textContent()) ?? '')).toContain(plain(value)));
        await expectText(figure(page, t.proposalsAgreed), '1');
        // The chart is drawn: a bar per proposal state, and only the agreed one has length.
        const proposalsChart = page.getByRole('figure', { name: t.proposalsByState, exact: true });
        await proposalsChart.waitFor();
        const barWidths = await proposalsChart.locator('svg rect.bar-chart-bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('width'))));
        expect(barWidths).toHaveLength(7);
        expect(barWidths.filter((width) => width > 0)).toHaveLength(1);
        await checkA11y('dashboard (receiver)');
      },
      walkTestTimeout,
    );

    it(
      'thanks A for the closed business and shows it on A’s dashboard and the network’s',
      async () => {
        const { page } = walk;
        await logInAs(a);
        await page.goto(referralUrl);
        await eventually(async () => expect(plain((await page.locator('.thank-you').textContent()) ?? '')).toBe(plain(t.thankYou(b.name, value))));

        await page.goto(url('/collaborate/dashboard'));
        await eventually(async () => expect(plain((await figure(page, t.generatedForOthers).textContent()) ?? '')).toContain(plain(value)));
        await expectText(figure(page, t.proposalsAgreed), '1');
        await checkA11y('dashboard (giver)');
        await expectFitsPhone(page);

        await page.goto(url('/collaborate/admin'));
        await expectText(heading1(page), t.adminTitle);
        expect(await page.getByRole('link', { name: t.downloadCsv, exact: true }).getAttribute('href')).toBe('/api/admin/dashboard.csv');
        await eventually(async () => expect(plain((await page.locator('.figure-value').nth(4).textContent()) ?? '')).toContain(plain(value)));
        await checkA11y('admin dashboard');
        await expectFitsPhone(page);
      },
      walkTestTimeout,
    );

    it('has no serious or critical accessibility violations and no script errors', () => {
      walk.expectNoFindings([
        'member profile with ideas',
        'meeting (after)',
        'new proposal',
        'proposal (sent)',
        'collaborate',
        'proposal (agreed)',
        'proposal (editing)',
        'new referral (with an error)',
        'referral (given)',
        'referral (moving)',
        'referral (won)',
        'dashboard (receiver)',
        'dashboard (giver)',
        'admin dashboard',
      ]);
    });
  });
});
