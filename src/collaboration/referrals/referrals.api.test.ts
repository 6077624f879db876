import { describe, expect, it } from 'vitest';
import { grantInstanceAdmin } from '../../accounts/accounts.ts';
import type { SlotView } from '../../meetings/slot-views.ts';
import { expectProblem, fieldErrors, useTestApp, withoutInstance } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import { referralBody, referralIn, thirdParty } from './test-fixtures.ts';
import type { ReferralView } from './views.ts';

describe.each(databaseKinds)('referrals on %s', (kind) => {
  const t = useTestApp(kind);
  let count = 0;
  const member = async (name: string, locale: 'es' | 'en' = 'es') => {
    const created = await createMember(t.server, `${name.toLowerCase().replace(/\W/g, '')}-${++count}@example.es`, name);
    if (locale === 'en') expect((await created.client.put('/api/me/settings', { locale: 'en' })).statusCode).toBe(200);
    return created;
  };
  const rows = async () => {
    const [row] = await t.app.ctx.database.query<{ referrals: number; events: number; emails: number }>(
      `SELECT (SELECT count(*)::int FROM referrals) AS referrals, (SELECT count(*)::int FROM referral_events) AS events,
              (SELECT count(*)::int FROM outbound_emails) AS emails`,
    );
    return row!;
  };
  /** Runs refused requests and checks that none of them wrote a referral, an audit entry or an email. */
  const nothingWritten = async (refusals: () => Promise<void>) => {
    const before = await rows();
    await refusals();
    expect(await rows()).toEqual(before);
  };
  const read = async (viewer: TestMember, id: string) => {
    const response = await viewer.client.get(`/api/referrals/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ReferralView;
  };
  const leaksThirdParty = (text: string) => [thirdParty.name, thirdParty.email, thirdParty.phone, 'Prieto', 'floresvela'].filter((secret) => text.includes(secret));

  it('shows a referral, contact details included, to its giver and receiver only: any other member, an administrator too, gets 404 everywhere', async () => {
    const ana = await member('Ana Gil');
    const bruno = await member('Bruno Díaz', 'en');
    const carla = await member('Carla Ruiz');
    await grantInstanceAdmin(t.app.ctx.database.db, carla.me.email);

    const given = await ana.client.post('/api/referrals', referralBody(bruno));
    expect(given.statusCode, given.body).toBe(201);
    const referral = given.json() as ReferralView;
    expect(referral).toMatchObject({
      role: 'giver',
      other: { slug: bruno.slug, name: 'Bruno Díaz' },
      contact: thirdParty,
      warmth: 'hot',
      status: 'new',
      value: null,
      nextSteps: ['withdrawn'],
      history: [{ by: 'you', from: null, to: 'new', note: '', value: null }],
    });
    expect(await read(bruno, referral.id)).toMatchObject({ role: 'receiver', other: { slug: ana.slug }, contact: thirdParty, nextSteps: ['contacted', 'meeting', 'lost'] });
    expect((await ana.client.get('/api/referrals?role=given')).json().items).toMatchObject([{ id: referral.id, contact: thirdParty }]);
    expect((await bruno.client.get('/api/referrals?role=received')).json().items).toMatchObject([{ id: referral.id, contact: thirdParty }]);
    expect((await bruno.client.get('/api/referrals?role=given')).json().items).toEqual([]);

    // To anyone else it is no referral at all: the same answer as an id that never existed.
    const stranger = await carla.client.get(`/api/referrals/${referral.id}`);
    const unknown = await carla.client.get(`/api/referrals/00000000-0000-4000-8000-000000000000`);
    expect(withoutInstance(expectProblem(stranger, 404, 'not-found'))).toEqual(withoutInstance(expectProblem(unknown, 404, 'not-found')));
    expectProblem(await carla.client.post(`/api/referrals/${referral.id}/status`, { status: 'contacted' }), 404);
    expectProblem(await carla.client.post(`/api/referrals/${referral.id}/withdraw`), 404);
    const answered = async (url: string) => {
      const response = await carla.client.get(url);
      expect(response.statusCode, response.body).toBe(200);
      return response.body;
    };
    const seenByCarla = [
      stranger.body,
      ...(await Promise.all(['/api/referrals?role=given', '/api/referrals?role=received', '/api/me/dashboard', '/api/admin/dashboard', '/api/admin/dashboard.csv'].map(answered))),
    ].join('\n');
    expect(leaksThirdParty(seenByCarla)).toEqual([]);
    expect((await read(bruno, referral.id)).status).toBe('new'); // untouched by her attempts
  });

  it('refuses a referral to yourself, without consent, without a way to reach the person, or to someone blocked or hidden, writing nothing', async () => {
    const ana = await member('Ana Gil');
    const bruno = await member('Bruno Díaz', 'en');
    const blocked = await member('Diego Blocked');
    const blocker = await member('Elena Blocker');
    expect((await ana.client.post('/api/blocks', { slug: blocked.slug })).statusCode).toBe(204);
    expect((await blocker.client.post('/api/blocks', { slug: ana.slug })).statusCode).toBe(204);
    const strangersMeeting = await meetingBetween(bruno, blocked);

    await nothingWritten(async () => {
      const self = expectProblem(await ana.client.post('/api/referrals', referralBody(ana)), 400, 'self-referral');
      expect(self.title).toBe('No puedes pasarte una recomendación a ti mismo');
      const selfInEnglish = expectProblem(await bruno.client.post('/api/referrals', referralBody(bruno)), 400, 'self-referral');
      expect(selfInEnglish.title).toBe('You cannot give a referral to yourself');

      expect(fieldErrors(await ana.client.post('/api/referrals', referralBody(bruno, { consent: false })))).toEqual({
        consent: 'Pasa solo contactos que hayan aceptado que se les contacte: confirma que tienes su consentimiento.',
      });
      expect(fieldErrors(await bruno.client.post('/api/referrals', referralBody(ana, { consent: false })))).toEqual({
        consent: 'Only pass on contacts who agreed to be contacted: confirm you have their consent.',
      });
      expect(fieldErrors(await ana.client.post('/api/referrals', referralBody(bruno, { contact: { name: 'Tom', email: ' ', phone: '' } })))).toEqual({
        contact: 'Indica al menos un correo o un teléfono para contactar con esta persona.',
      });
      expect(Object.keys(fieldErrors(await ana.client.post('/api/referrals', referralBody(bruno, { contact: { name: 'Tom', email: 'tom@nowhere', phone: '12' } }))))).toEqual([
        'contact/email',
        'contact/phone',
      ]);
      expect(Object.keys(fieldErrors(await ana.client.post('/api/referrals', referralBody(bruno, { warmth: 'boiling', need: ' ' }))))).toEqual(['need', 'warmth']);
      expect(Object.keys(fieldErrors(await ana.client.post('/api/referrals', { ...referralBody(bruno), consent: undefined })))).toEqual(['consent']);
      expect(fieldErrors(await ana.client.post('/api/referrals', referralBody(bruno, { meetingId: strangersMeeting })))).toEqual({
        meetingId: 'Esa reunión no existe o no participaste en ella.',
      });

      expectProblem(await ana.client.post('/api/referrals', referralBody(blocked)), 403, 'referral-blocked');
      expectProblem(await ana.client.post('/api/referrals', referralBody(blocker)), 404, 'not-found');
      expectProblem(await ana.client.post('/api/referrals', referralBody({ slug: 'nobody-here' } as TestMember)), 404, 'not-found');
    });

    // The meeting a referral came from is one of the giver's own.
    const theirMeeting = await meetingBetween(ana, bruno);
    const fromMeeting = await ana.client.post('/api/referrals', referralBody(bruno, { meetingId: theirMeeting }));
    expect(fromMeeting.statusCode, fromMeeting.body).toBe(201);
    expect(fromMeeting.json().meetingId).toBe(theirMeeting);
  });

  it('lets only the receiver move it, in order, and credits the won value to the giver; every refusal is explained and changes nothing', async () => {
    const ana = await member('Ana Gil');
    const bruno = await member('Bruno Díaz', 'en');
    const id = (await ana.client.post('/api/referrals', referralBody(bruno))).json().id as string;
    const move = (who: TestMember, body: Record<string, unknown>) => who.client.post(`/api/referrals/${id}/status`, body);

    await nothingWritten(async () => {
      const byGiver = expectProblem(await move(ana, { status: 'contacted' }), 403, 'referral-not-yours');
      expect(byGiver).toMatchObject({ title: 'Ese paso no te corresponde', detail: 'Solo quien recibe la recomendación la hace avanzar y registra el negocio cerrado.' });
      expectProblem(await move(bruno, { status: 'won', valueCents: 100_000 }), 409, 'referral-state'); // no business before contact
      const withdrawByReceiver = expectProblem(await bruno.client.post(`/api/referrals/${id}/withdraw`), 403, 'referral-not-yours');
      expect(withdrawByReceiver.detail).toBe('Only the member who gave the referral can withdraw it.');
      expect(fieldErrors(await move(bruno, { status: 'new' }))).toHaveProperty('status');
    });

    const contacted = await move(bruno, { status: 'contacted', note: 'Llamada el lunes' });
    expect(contacted.statusCode, contacted.body).toBe(200);
    expect(contacted.json()).toMatchObject({ status: 'contacted', nextSteps: ['meeting', 'won', 'lost'] });

    await nothingWritten(async () => {
      // The giver can never mark it won, even with a perfectly good value.
      const giverWins = expectProblem(await move(ana, { status: 'won', valueCents: 250_000 }), 403, 'referral-not-yours');
      expect(giverWins.title).toBe('Ese paso no te corresponde');
      expectProblem(await ana.client.post(`/api/referrals/${id}/withdraw`), 409, 'referral-state'); // no longer new
      expect(fieldErrors(await move(bruno, { status: 'won' }))).toEqual({ valueCents: 'Enter the value of the closed business to mark it as won.' });
      expect(fieldErrors(await move(bruno, { status: 'won', valueCents: -500 }))).toEqual({ valueCents: 'Must be at least 1.' });
      expect(fieldErrors(await move(bruno, { status: 'won', valueCents: 0 }))).toEqual({ valueCents: 'Must be at least 1.' });
      expect(fieldErrors(await move(bruno, { status: 'won', valueCents: 10_000_000_001 }))).toEqual({ valueCents: 'Must be at most 10000000000.' });
      expect(fieldErrors(await move(bruno, { status: 'won', valueCents: 12.5 }))).toHaveProperty('valueCents');
      expect(fieldErrors(await move(bruno, { status: 'won', valueCents: 500, currency: 'XYZ' }))).toEqual({ currency: 'Use an ISO 4217 currency code, such as EUR or USD.' });
      expect(fieldErrors(await move(bruno, { status: 'won', valueCents: 500, currency: 'eur' }))).toHaveProperty('currency');
      expect(fieldErrors(await move(bruno, { status: 'lost', valueCents: 500 }))).toEqual({ valueCents: 'The business value is only given when marking it as won.' });
      expectProblem(await move(bruno, { status: 'contacted' }), 409, 'referral-state'); // already there
    });

    const won = await move(bruno, { status: 'won', valueCents: 250_000, currency: 'USD', note: 'Contrato firmado' });
    expect(won.statusCode, won.body).toBe(200);
    expect(won.json()).toMatchObject({ status: 'won', value: { amountCents: 250_000, currency: 'USD' }, nextSteps: [] });
    expect((await read(ana, id)).history).toMatchObject([
      { by: 'you', from: null, to: 'new' },
      { by: 'them', from: 'new', to: 'contacted', note: 'Llamada el lunes', value: null },
      { by: 'them', from: 'contacted', to: 'won', note: 'Contrato firmado', value: { amountCents: 250_000, currency: 'USD' } },
    ]);

    await nothingWritten(async () => {
      for (const status of ['contacted', 'meeting', 'lost'] as const) expectProblem(await move(bruno, { status }), 409, 'referral-state');
      expectProblem(await move(bruno, { status: 'won', valueCents: 999 }), 409, 'referral-state');
    });

    const anaDashboard = (await ana.client.get('/api/me/dashboard')).json();
    expect(anaDashboard.closedValue).toEqual({ generatedForOthers: [{ currency: 'USD', amountCents: 250_000, won: 1 }], received: [] });
    expect((await bruno.client.get('/api/me/dashboard')).json().closedValue).toEqual({ generatedForOthers: [], received: [{ currency: 'USD', amountCents: 250_000, won: 1 }] });
  });

  it('lets the giver withdraw a referral while it is new, and then nobody moves it', async () => {
    const ana = await member('Ana Gil');
    const bruno = await member('Bruno Díaz');
    const id = await referralIn(ana, bruno, 'new');
    const withdrawn = await ana.client.post(`/api/referrals/${id}/withdraw`, { note: 'Ya encontró proveedor' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', nextSteps: [], history: [{ to: 'new' }, { by: 'you', from: 'new', to: 'withdrawn', note: 'Ya encontró proveedor' }] });
    expect(withdrawn.json().closedAt).toEqual(expect.any(String));
    await nothingWritten(async () => {
      expectProblem(await bruno.client.post(`/api/referrals/${id}/status`, { status: 'contacted' }), 409, 'referral-state');
      expectProblem(await ana.client.post(`/api/referrals/${id}/withdraw`), 409, 'referral-state');
    });
  });

  it('serialises simultaneous moves on one referral: one wins the race, the other is refused, one audit entry', async () => {
    const ana = await member('Ana Gil');
    const bruno = await member('Bruno Díaz');
    const id = await referralIn(ana, bruno, 'contacted');
    const [first, second] = await Promise.all([
      bruno.client.post(`/api/referrals/${id}/status`, { status: 'won', valueCents: 40_000 }),
      bruno.client.post(`/api/referrals/${id}/status`, { status: 'lost' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const final = await read(ana, id);
    expect(final.history.map((entry) => entry.to)).toEqual(['new', 'contacted', final.status]);
    expect(final.value).toEqual(final.status === 'won' ? { amountCents: 40_000, currency: 'EUR' } : null);
  });

  it('pages through a member’s referrals, newest first', async () => {
    const ana = await member('Ana Gil');
    const bruno = await member('Bruno Díaz');
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await referralIn(ana, bruno, 'new'));
    const first = (await ana.client.get('/api/referrals?role=given&limit=2')).json();
    const second = (await ana.client.get(`/api/referrals?role=given&limit=2&before=${first.next}`)).json();
    const third = (await ana.client.get(`/api/referrals?role=given&limit=2&before=${second.next}`)).json();
    expect([...first.items, ...second.items, ...third.items].map((item: ReferralView) => item.id)).toEqual(ids.reverse());
    expect(third.next).toBeNull();
    expect((await bruno.client.get('/api/referrals')).json().items).toHaveLength(5); // received by default
    expect(fieldErrors(await ana.client.get('/api/referrals?before=bm90LWEtY3Vyc29y'))).toHaveProperty('before');
    expect(fieldErrors(await ana.client.get('/api/referrals?role=everyone'))).toHaveProperty('role');
    expectProblem(await t.client().get('/api/referrals'), 401);
  });

  /** A meeting between two members, proposed by the first and accepted by the second; its id. */
  async function meetingBetween(proposer: TestMember, invitee: TestMember): Promise<string> {
    const [slot] = (await proposer.client.get(`/api/meetings/slots?with=${invitee.slug}`)).json().slots as SlotView[];
    const proposed = await proposer.client.post('/api/meetings', { with: invitee.slug, purpose: 'Bodas', format: 'video', lengthMinutes: 30, slots: [{ start: slot!.start, end: slot!.end }] });
    expect(proposed.statusCode, proposed.body).toBe(201);
    return proposed.json().id as string;
  }
});
