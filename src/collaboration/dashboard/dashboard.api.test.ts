import { beforeAll, describe, expect, it } from 'vitest';
import { grantInstanceAdmin } from '../../accounts/accounts.ts';
import type { SlotView } from '../../meetings/slot-views.ts';
import { expectProblem, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import { referralStatuses, type ReferralStatus } from '../referrals/model.ts';
import { referralIn, thirdParty } from '../referrals/test-fixtures.ts';
import type { InstanceDashboard } from './admin-dashboard.ts';
import type { MemberDashboard } from './member-dashboard.ts';

interface ReferralRecord {
  giver: TestMember;
  receiver: TestMember;
  status: ReferralStatus;
  value?: { valueCents: number; currency: string };
}

/** RFC 4180 read back: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  expect(field + row.join('')).toBe(''); // the text ends with a complete record
  return rows;
}

const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

describe.each(databaseKinds)('the value dashboard on %s', (kind) => {
  const t = useTestApp(kind);
  let ana: TestMember, bruno: TestMember, carla: TestMember, dora: TestMember, olga: TestMember;
  let members: TestMember[];
  let referrals: ReferralRecord[];
  let connections: [TestMember, TestMember][];
  let heldMeetings: [TestMember, TestMember][];
  let proposals: { author: TestMember; party: TestMember; sent: boolean }[];

  const acceptedMeeting = async (proposer: TestMember, invitee: TestMember) => {
    const [slot] = (await proposer.client.get(`/api/meetings/slots?with=${invitee.slug}`)).json().slots as SlotView[];
    const bare = { start: slot!.start, end: slot!.end };
    const proposed = await proposer.client.post('/api/meetings', { with: invitee.slug, purpose: 'Bodas', format: 'video', lengthMinutes: 30, slots: [bare] });
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect((await invitee.client.post(`/api/meetings/${proposed.json().id}/accept`, { start: bare.start })).statusCode).toBe(200);
    return proposed.json().id as string;
  };
  const moveIntoPast = (meetingId: string, days: number) =>
    t.app.ctx.database.query(`UPDATE meetings SET starts_at = starts_at - $2::int * interval '1 day', ends_at = ends_at - $2::int * interval '1 day' WHERE id = $1`, [meetingId, days]);

  beforeAll(async () => {
    const member = (name: string) => createMember(t.server, `${name.toLowerCase()}@example.es`, name);
    [ana, bruno, carla, dora, olga] = [await member('Ana'), await member('Bruno'), await member('Carla'), await member('Dora'), await member('Olga')];
    members = [ana, bruno, carla, dora, olga];
    await grantInstanceAdmin(t.app.ctx.database.db, olga.me.email);

    connections = [[ana, bruno], [ana, carla], [dora, ana]];
    for (const [from, to] of connections) {
      const asked = await from.client.post('/api/connections', { slug: to.slug });
      expect((await to.client.post(`/api/connections/${asked.json().connection.id}/accept`)).statusCode).toBe(200);
    }
    expect((await bruno.client.post('/api/connections', { slug: carla.slug })).statusCode).toBe(201); // pending: not a connection

    heldMeetings = [[ana, bruno], [ana, carla]];
    await moveIntoPast(await acceptedMeeting(ana, bruno), 30);
    await moveIntoPast(await acceptedMeeting(ana, carla), 20);
    await acceptedMeeting(bruno, carla); // still ahead: not held
    const [slot] = (await ana.client.get(`/api/meetings/slots?with=${dora.slug}`)).json().slots as SlotView[];
    await ana.client.post('/api/meetings', { with: dora.slug, purpose: 'Café', format: 'video', lengthMinutes: 30, slots: [{ start: slot!.start, end: slot!.end }] }); // never accepted

    referrals = [
      { giver: ana, receiver: bruno, status: 'won', value: { valueCents: 250_000, currency: 'EUR' } },
      { giver: ana, receiver: bruno, status: 'won', value: { valueCents: 10_000, currency: 'USD' } },
      { giver: ana, receiver: carla, status: 'won', value: { valueCents: 99_950, currency: 'EUR' } },
      { giver: bruno, receiver: ana, status: 'won', value: { valueCents: 5_000, currency: 'EUR' } },
      { giver: carla, receiver: ana, status: 'lost' },
      { giver: ana, receiver: carla, status: 'contacted' },
      { giver: bruno, receiver: carla, status: 'withdrawn' },
      { giver: ana, receiver: dora, status: 'new' },
      { giver: carla, receiver: bruno, status: 'meeting' },
    ];
    for (const r of referrals) await referralIn(r.giver, r.receiver, r.status, r.value);

    proposals = [
      { author: ana, party: bruno, sent: false },
      { author: ana, party: carla, sent: true },
    ];
    for (const p of proposals) {
      const created = await p.author.client.post('/api/proposals', { format: 'jointOffer', title: 'Pack de bodas', parties: [{ member: p.party.slug }] });
      expect(created.statusCode, created.body).toBe(201);
      if (p.sent) expect((await p.author.client.post(`/api/proposals/${created.json().id}/send`, {})).statusCode).toBe(200);
    }
  });

  // What the figures must be, computed from the records created above.
  const statusCounts = (chosen: ReferralRecord[]) => ({
    ...Object.fromEntries(referralStatuses.map((status) => [status, chosen.filter((r) => r.status === status).length])),
    total: chosen.length,
  });
  const closedValue = (chosen: ReferralRecord[]) => {
    const won = chosen.filter((r) => r.status === 'won');
    return [...new Set(won.map((r) => r.value!.currency))].sort().map((currency) => {
      const inCurrency = won.filter((r) => r.value!.currency === currency);
      return { currency, amountCents: sum(inCurrency.map((r) => r.value!.valueCents)), won: inCurrency.length };
    });
  };
  const proposalCounts = (seenBy?: TestMember) => {
    const mine = proposals.filter((p) => !seenBy || p.author === seenBy || (p.party === seenBy && p.sent));
    const counts = { draft: 0, sent: 0, discussing: 0, agreed: 0, active: 0, completed: 0, cancelled: 0 };
    for (const p of mine) counts[p.sent ? 'sent' : 'draft']++;
    return { counts, completedValue: [] };
  };
  const involving = (pairs: [TestMember, TestMember][], m: TestMember) => pairs.filter((pair) => pair.includes(m)).length;

  it('gives each member figures equal to the sums of their own records', async () => {
    for (const m of members) {
      const response = await m.client.get('/api/me/dashboard');
      expect(response.statusCode, response.body).toBe(200);
      const dashboard = response.json() as MemberDashboard;
      expect(dashboard.referrals).toEqual({
        given: statusCounts(referrals.filter((r) => r.giver === m)),
        received: statusCounts(referrals.filter((r) => r.receiver === m)),
      });
      expect(dashboard.closedValue).toEqual({
        generatedForOthers: closedValue(referrals.filter((r) => r.giver === m)),
        received: closedValue(referrals.filter((r) => r.receiver === m)),
      });
      expect(dashboard.proposals).toEqual(proposalCounts(m));
      expect(dashboard.meetingsHeld).toBe(involving(heldMeetings, m));
      expect(dashboard.connections.total).toBe(involving(connections, m));
      expect(dashboard.months).toHaveLength(12);
      expect(dashboard.connections.months.map((month) => month.month)).toEqual(dashboard.months);
      expect(sum(dashboard.connections.months.map((month) => month.added))).toBe(involving(connections, m)); // all made this month
    }
    // Ana gave three won referrals in two currencies: never added together.
    expect((await ana.client.get('/api/me/dashboard')).json().closedValue.generatedForOthers).toEqual([
      { currency: 'EUR', amountCents: 349_950, won: 2 },
      { currency: 'USD', amountCents: 10_000, won: 1 },
    ]);
  });

  it('gives instance administrators the whole network’s totals, trends and top givers — by name only', async () => {
    const response = await olga.client.get('/api/admin/dashboard');
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json() as InstanceDashboard;
    expect(dashboard.totals).toEqual({
      members: members.length,
      connections: connections.length,
      meetingsHeld: heldMeetings.length,
      referrals: statusCounts(referrals),
      closedValue: closedValue(referrals),
      proposals: proposalCounts(),
    });
    // Everything happened in the last 12 months, so the months add up to the totals.
    const trends = dashboard.trends;
    expect(trends.map((month) => month.month)).toEqual(dashboard.months);
    expect(sum(trends.map((month) => month.members))).toBe(members.length);
    expect(sum(trends.map((month) => month.connections))).toBe(connections.length);
    expect(sum(trends.map((month) => month.meetingsHeld))).toBe(heldMeetings.length);
    expect(sum(trends.map((month) => month.referralsGiven))).toBe(referrals.length);
    expect(sum(trends.map((month) => month.referralsWon))).toBe(referrals.filter((r) => r.status === 'won').length);
    for (const { currency, amountCents } of closedValue(referrals))
      expect(sum(trends.flatMap((month) => month.closedValue.filter((v) => v.currency === currency).map((v) => v.amountCents)))).toBe(amountCents);

    const named = (m: TestMember) => ({ slug: m.slug, name: m.me.name });
    const given = (m: TestMember) => referrals.filter((r) => r.giver === m && r.status !== 'withdrawn').length;
    expect(dashboard.topGivers.byCount).toEqual(
      members.filter((m) => given(m) > 0).sort((a, b) => given(b) - given(a)).map((m) => ({ member: named(m), count: given(m) })),
    );
    expect(dashboard.topGivers.byValue).toEqual([
      { currency: 'EUR', givers: [{ member: named(ana), amountCents: 349_950 }, { member: named(bruno), amountCents: 5_000 }] },
      { currency: 'USD', givers: [{ member: named(ana), amountCents: 10_000 }] },
    ]);
    expect(Object.values(thirdParty).filter((secret) => response.body.includes(secret))).toEqual([]);
  });

  it('exports the trends as CSV in the reader’s language, whose columns add up to the totals', async () => {
    const totals = (await olga.client.get('/api/admin/dashboard')).json() as InstanceDashboard;
    const response = await olga.client.get('/api/admin/dashboard.csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual([
      'Mes',
      'Nuevos miembros',
      'Nuevas conexiones',
      'Reuniones celebradas',
      'Recomendaciones dadas',
      'Recomendaciones ganadas',
      'Negocio cerrado (EUR)',
      'Negocio cerrado (USD)',
    ]);
    expect(rows.map((row) => row[0])).toEqual(totals.months);
    const column = (index: number) => sum(rows.map((row) => Number(row[index])));
    expect([1, 2, 3, 4, 5].map(column)).toEqual([members.length, connections.length, heldMeetings.length, referrals.length, referrals.filter((r) => r.status === 'won').length]);
    // Plain decimals, two places: 3,499.50 + 50.00 EUR and 100.00 USD.
    expect(rows.map((row) => row[6]).filter((cell) => cell !== '0.00')).toEqual(['3549.50']);
    expect(rows.map((row) => row[7]).filter((cell) => cell !== '0.00')).toEqual(['100.00']);
    expect(Math.round(column(6) * 100)).toBe(totals.totals.closedValue.find((v) => v.currency === 'EUR')!.amountCents);
    expect(Object.values(thirdParty).filter((secret) => response.body.includes(secret))).toEqual([]);

    expect((await olga.client.put('/api/me/settings', { locale: 'en' })).statusCode).toBe(200);
    const english = parseCsv((await olga.client.get('/api/admin/dashboard.csv')).body);
    expect(english[0]).toEqual(['Month', 'New members', 'New connections', 'Meetings held', 'Referrals given', 'Referrals won', 'Closed business (EUR)', 'Closed business (USD)']);
    expect(english.slice(1)).toEqual(rows);
  });

  it('keeps the instance dashboard for instance administrators', async () => {
    for (const url of ['/api/admin/dashboard', '/api/admin/dashboard.csv']) {
      const refused = expectProblem(await dora.client.get(url), 403, 'forbidden');
      expect(refused.detail).toBe('Solo los administradores de la instancia ven el panel de toda la red.');
      expectProblem(await t.client('en').get(url), 401);
    }
    expectProblem(await t.client().get('/api/me/dashboard'), 401);
  });
});
