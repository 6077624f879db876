import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, type TestMember } from '../testing/members.ts';
import { followUpQueue, scheduleMissingFollowUps, sendFollowUp } from './follow-ups.ts';
import type { SlotView } from './slot-views.ts';

describe.each(databaseKinds)('next-step reminders on %s', (kind) => {
  const t = useTestApp(kind);
  const query = <T>(text: string, params: unknown[]) => t.app.ctx.database.query<T>(text, params);
  const jobsOf = (meetingId: string, userId: string) =>
    query<{ date: string; at: string }>(
      `SELECT data->>'date' AS date, to_char(start_after AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS at
       FROM pgboss.job WHERE name = $1 AND data->>'meetingId' = $2 AND data->>'userId' = $3 ORDER BY created_on`,
      [followUpQueue, meetingId, userId],
    );
  const emailsTo = (member: TestMember) =>
    query<{ subject: string; text_body: string }>(
      `SELECT subject, text_body FROM outbound_emails WHERE to_address = $1 AND (subject LIKE 'Hoy:%' OR subject LIKE 'Today:%') ORDER BY created_at`,
      [member.me.email],
    );
  const settle = async (who: TestMember, settings: { timeZone: string; locale: string }) =>
    expect((await who.client.put('/api/me/settings', settings)).statusCode).toBe(200);
  const save = async (who: TestMember, meetingId: string, notes: object) =>
    expect((await who.client.put(`/api/meetings/${meetingId}/notes`, notes)).statusCode).toBe(200);

  it('reminds each member of their own next step on the morning of its date, once; a changed date gets its own, a cleared one none', async () => {
    const ana = await createMember(t.server, 'ana-next@example.es', 'Ana Luz');
    const bruno = await createMember(t.server, 'bruno-next@example.com', 'Bruno Day');
    const [slot] = (await ana.client.get(`/api/meetings/slots?with=${bruno.slug}`)).json().slots as SlotView[];
    const created = await ana.client.post('/api/meetings', { with: bruno.slug, purpose: 'Bodas', format: 'video', lengthMinutes: 30, slots: [{ start: slot!.start, end: slot!.end }] });
    const meetingId: string = created.json().id;
    await settle(ana, { timeZone: 'Europe/Madrid', locale: 'es' });
    await settle(bruno, { timeZone: 'America/New_York', locale: 'en' });
    const remind = (who: TestMember, date: string) => sendFollowUp(t.app.ctx)({ meetingId, userId: who.id, date });

    await save(ana, meetingId, { nextStep: 'Enviarle mi portfolio', nextStepAt: '2030-05-04' });
    await save(ana, meetingId, { notes: 'Buena charla', nextStepAt: '2030-05-04' }); // the same date: no second job
    await save(bruno, meetingId, { nextStep: 'Send the venue brochure', nextStepAt: '2030-05-04' });
    await save(bruno, meetingId, { nextStepAt: '2020-01-01' }); // a date gone: nothing to remind
    expect(await jobsOf(meetingId, ana.id)).toEqual([{ date: '2030-05-04', at: '2030-05-04T07:00' }]); // 09:00 in Madrid (CEST)
    expect(await jobsOf(meetingId, bruno.id)).toEqual([{ date: '2030-05-04', at: '2030-05-04T13:00' }]); // 09:00 in New York (EDT)
    await save(bruno, meetingId, { nextStepAt: '2030-05-04' });

    await remind(ana, '2030-05-04');
    await remind(ana, '2030-05-04');
    await remind(bruno, '2030-05-04');
    const [toAna] = await emailsTo(ana);
    expect(await emailsTo(ana)).toHaveLength(1);
    expect(toAna!.subject).toBe('Hoy: tu próximo paso con Bruno Day');
    expect(toAna!.text_body).toContain('Próximo paso: Enviarle mi portfolio');
    expect(toAna!.text_body).toContain(`/meetings/${meetingId}`);
    expect((await emailsTo(bruno)).map((email) => email.subject)).toEqual(['Today: your next step with Ana Luz']);

    await save(ana, meetingId, { nextStepAt: '2030-06-01' });
    await save(ana, meetingId, { nextStepAt: '2030-06-02' });
    await remind(ana, '2030-06-01'); // changed since
    await remind(ana, '2030-06-02');
    await save(ana, meetingId, { nextStepAt: '2030-07-01' });
    await save(ana, meetingId, { nextStepAt: null });
    await remind(ana, '2030-07-01'); // cleared since
    expect(await emailsTo(ana)).toHaveLength(2);
    expect((await jobsOf(meetingId, ana.id)).map((job) => job.date)).toEqual(['2030-05-04', '2030-06-01', '2030-06-02', '2030-07-01']);

    // At start, next steps still ahead whose jobs were lost get them again, once.
    await save(ana, meetingId, { nextStepAt: '2030-08-01' });
    await query(`DELETE FROM pgboss.job WHERE name = $1 AND data->>'meetingId' = $2`, [followUpQueue, meetingId]);
    await scheduleMissingFollowUps(t.app.ctx);
    await scheduleMissingFollowUps(t.app.ctx);
    expect(await jobsOf(meetingId, ana.id)).toEqual([{ date: '2030-08-01', at: '2030-08-01T07:00' }]);
    expect(await jobsOf(meetingId, bruno.id)).toEqual([{ date: '2030-05-04', at: '2030-05-04T13:00' }]);
  });
});
