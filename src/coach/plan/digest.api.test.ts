import { describe, expect, it } from 'vitest';
import { useTestAppWithSmtp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import { decodeQuotedPrintable, waitFor } from '../../testing/smtp-sink.ts';
import { sendDueDigests, sendWeeklyDigest } from './digest.ts';

// Monday 4 March 2030: 08:30 in Madrid (UTC+1) at 07:30 UTC, 08:30 in New York (UTC−5) at 13:30 UTC.
const madridMorning = new Date('2030-03-04T07:30:00Z');
const newYorkMorning = new Date('2030-03-04T13:30:00Z');

describe.each(databaseKinds)('the weekly digest on %s', (kind) => {
  const t = useTestAppWithSmtp(kind);

  // Only this week's digests: the real hourly sweep may find the test's members on some other Monday.
  const digestsTo = (member: TestMember) =>
    t.mails().map((mail) => ({ ...mail, text: decodeQuotedPrintable(mail.raw) })).filter((mail) => mail.to.includes(member.me.email) && /(4 de marzo|March 4)/.test(mail.text));
  const settle = async (member: TestMember, settings: object) => expect((await member.client.put('/api/me/settings', settings)).statusCode).toBe(200);

  it('reaches each member on their Monday morning, in their language, with their plan as links; once; never those who opted out', async () => {
    const ana = await createMember(t.server, `ana-digest-${kind}@example.es`, 'Ana Lunes');
    const grace = await createMember(t.server, `grace-digest-${kind}@example.com`, 'Grace Monday');
    const olga = await createMember(t.server, `olga-digest-${kind}@example.es`, 'Olga Nada');
    await settle(ana, { timeZone: 'Europe/Madrid', locale: 'es' });
    await settle(grace, { timeZone: 'America/New_York', locale: 'en' });
    await settle(olga, { timeZone: 'Europe/Madrid' });
    expect((await olga.client.put('/api/me/plan/settings', { digest: false })).statusCode).toBe(200);
    expect((await ana.client.put('/api/me/plan/settings', { budgetMinutes: 15 })).statusCode).toBe(200);

    expect(await sendDueDigests(t.app.ctx, new Date('2030-03-04T06:30:00Z'))).toBe(0); // 07:30 in Madrid: too early
    expect(await sendDueDigests(t.app.ctx, madridMorning)).toBe(1); // Ana; not Olga, nor Grace (02:30 in New York)
    expect(await sendDueDigests(t.app.ctx, madridMorning)).toBe(0);

    expect(await waitFor(() => digestsTo(ana).length > 0, 20_000)).toBe(true);
    const [toAna] = digestsTo(ana);
    expect(toAna!.text).toMatch(/^Subject: Tu plan de networking para la semana del 4 de marzo/m);
    expect(toAna!.text).toContain('Hola, Ana Lunes:');
    expect(toAna!.text).toContain('pensada para 15 minutos');
    expect(toAna!.text).toContain('- Completa tu perfil (5 min)');
    expect(toAna!.text).toContain('  http://localhost:3000/profile');
    expect(toAna!.text).toContain('- Escribe tu presentación (10 min)');
    expect(toAna!.text).toContain('  http://localhost:3000/coach/pitch');
    expect(toAna!.text).toContain('Desactívalo aquí: http://localhost:3000/coach/plan#digest');

    // The plan she gets is the one stored for that week, the one the page shows.
    const [stored] = await t.app.ctx.database.query<{ items: { id: string }[] }>(`SELECT items FROM weekly_plans WHERE user_id = $1 AND week_start = '2030-03-04'`, [ana.id]);
    expect(stored!.items.map((item) => item.id)).toEqual(['profile', 'pitch']);

    // The job run again (a retry, another instance) sends nothing more.
    await sendWeeklyDigest(t.app.ctx)({ userId: ana.id, weekStart: '2030-03-04', at: madridMorning.toISOString() });

    expect(await sendDueDigests(t.app.ctx, newYorkMorning)).toBe(1); // Grace; Ana has had hers
    expect(await waitFor(() => digestsTo(grace).length > 0, 20_000)).toBe(true);
    const [toGrace] = digestsTo(grace);
    expect(toGrace!.text).toMatch(/^Subject: Your networking plan for the week of March 4/m);
    expect(toGrace!.text).toContain('- Complete your profile (5 min)');
    expect(toGrace!.text).toContain('Turn it off here: http://localhost:3000/coach/plan#digest');

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(digestsTo(ana)).toHaveLength(1);
    expect(digestsTo(olga)).toHaveLength(0);
    const [sent] = await t.app.ctx.database.query<{ count: number }>(`SELECT count(*)::int AS count FROM weekly_digests_sent WHERE week_start = '2030-03-04'`, []);
    expect(sent!.count).toBe(2);
  });
});
