import { describe, expect, it } from 'vitest';
import { useTestAppWithSmtp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import { readableMail, waitFor } from '../../testing/smtp-sink.ts';
import { referralBody, thirdParty } from './test-fixtures.ts';

const money = (locale: string, currency: string, units: number) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(units);

describe.each(databaseKinds)('referral emails on %s', (kind) => {
  const app = useTestAppWithSmtp(kind);

  const mailsTo = (member: TestMember) => app.mails().filter((m) => m.to.includes(member.me.email));
  const nthMail = async (member: TestMember, n: number) => {
    expect(await waitFor(() => mailsTo(member).length >= n, 20_000)).toBe(true);
    return readableMail(mailsTo(member)[n - 1]!);
  };

  it('tells the receiver, with the details, and thanks the giver for closed business, each in their own language', async () => {
    const ana = await createMember(app.server, `ana-${kind}@example.es`, 'Ana Gil');
    const grace = await createMember(app.server, `grace-${kind}@example.com`, 'Grace Hopper');
    await grace.client.put('/api/me/settings', { locale: 'en' });

    // Ana (Spanish) passes Grace (English) a referral: Grace is told in English, with how to reach the person.
    const id = (await ana.client.post('/api/referrals', referralBody(grace))).json().id as string;
    const given = await nthMail(grace, 1);
    expect(given).toMatch(`Subject: Ana Gil has given you a referral: ${thirdParty.name}\n`);
    expect(given).toContain(`Ana Gil is referring ${thirdParty.name} to you, who has agreed that you get in touch.`);
    expect(given).toContain(`Email: ${thirdParty.email}`);
    expect(given).toContain(`Phone: ${thirdParty.phone}`);
    expect(given).toContain('How warm: hot: ready to buy');
    expect(given).toContain(`Open it in Sinergia: http://localhost:3000/collaborate/referrals/${id}`);

    // Grace reports progress and closes the business: Ana hears of each step in Spanish.
    expect((await grace.client.post(`/api/referrals/${id}/status`, { status: 'contacted' })).statusCode).toBe(200);
    expect(await nthMail(ana, 1)).toContain(`Grace Hopper ha actualizado la recomendación de ${thirdParty.name} que le pasaste: contactada.`);
    expect((await grace.client.post(`/api/referrals/${id}/status`, { status: 'won', valueCents: 250_000, note: 'Signed today' })).statusCode).toBe(200);
    const thanks = await nthMail(ana, 2);
    expect(thanks).toContain(`Subject: Gracias por el negocio cerrado: ${money('es-ES', 'EUR', 2500)} con ${thirdParty.name}\n`);
    expect(thanks).toContain(
      `Grace Hopper ha cerrado negocio con ${thirdParty.name} gracias a tu recomendación, por ${money('es-ES', 'EUR', 2500)}. Cuenta en tu panel como valor generado para otros. ¡Gracias por dar!`,
    );
    expect(thanks).toContain('Nota: «Signed today»');
    expect(thanks).toContain(`Ábrela en Sinergia: http://localhost:3000/collaborate/referrals/${id}`);

    // The other way round, the thank-you reaches the English-speaking giver in English.
    const back = (await grace.client.post('/api/referrals', referralBody(ana, { contact: { name: 'Tom Baker', phone: '+44 20 7946 0958' } }))).json().id as string;
    expect(await nthMail(ana, 3)).toContain('Grace Hopper te recomienda a Tom Baker, que ha aceptado que te pongas en contacto.');
    expect((await ana.client.post(`/api/referrals/${back}/status`, { status: 'meeting' })).statusCode).toBe(200);
    expect((await ana.client.post(`/api/referrals/${back}/status`, { status: 'won', valueCents: 99_950, currency: 'USD' })).statusCode).toBe(200);
    const thanksInEnglish = await nthMail(grace, 3);
    expect(thanksInEnglish).toContain(`Subject: Thank you for closed business: ${money('en-GB', 'USD', 999.5)} with Tom Baker\n`);
    expect(thanksInEnglish).toContain(`Ana Gil closed business with Tom Baker thanks to your referral, worth ${money('en-GB', 'USD', 999.5)}.`);
    expect(mailsTo(grace)).toHaveLength(3); // given, meeting, won: one email per change, to the other party
  });
});
