import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useTestAppWithSmtp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, type TestMember } from '../testing/members.ts';
import { decodeQuotedPrintable, waitFor, type ReceivedMail } from '../testing/smtp-sink.ts';
import type { SlotView } from './slot-views.ts';

/** The first text/calendar part of a raw MIME message, decoded. */
function calendarOf(mail: ReceivedMail): string {
  const part = /Content-Type: text\/calendar[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n((?:[\w-]+:[^\r\n]*\r?\n)*)\r?\n([\s\S]*?)\r?\n--/i.exec(mail.raw);
  if (!part) throw new Error(`no calendar part in:\n${mail.raw}`);
  const [, headers, body] = part;
  if (/Content-Transfer-Encoding: base64/i.test(headers!)) return Buffer.from(body!.replace(/\s/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(headers!)) return decodeQuotedPrintable(body!);
  return body!;
}

function eventOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return { method: calendar.getFirstPropertyValue('method'), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString() };
}

describe.each(databaseKinds)('meeting emails on %s', (kind) => {
  const t = useTestAppWithSmtp(kind);

  const mailsTo = (member: TestMember) => t.mails().filter((m) => m.to.includes(member.me.email));
  const nthMail = async (member: TestMember, n: number) => {
    expect(await waitFor(() => mailsTo(member).length >= n, 20_000)).toBe(true);
    return mailsTo(member)[n - 1]!;
  };

  it('every change reaches both members in their language with a calendar file: REQUEST, same UID, rising SEQUENCE, then CANCEL', async () => {
    const ana = await createMember(t.server, `ana-${kind}@example.es`, 'Ana Gil');
    const grace = await createMember(t.server, `grace-${kind}@example.com`, 'Grace Hopper');
    await grace.client.put('/api/me/settings', { locale: 'en' });
    const slots: SlotView[] = (await ana.client.get(`/api/meetings/slots?with=${grace.slug}`)).json().slots;
    const bare = slots.slice(0, 2).map(({ start, end }) => ({ start, end }));
    const created = await ana.client.post('/api/meetings', { with: grace.slug, purpose: 'Bodas y eventos', format: 'in-person', lengthMinutes: 30, place: 'Calle Mayor 1, Madrid', slots: bare });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    const invitation = await nthMail(grace, 1);
    expect(decodeQuotedPrintable(invitation.raw)).toMatch(/^Subject: Meeting proposed with Ana Gil/m);
    const proposal = eventOf(calendarOf(invitation));
    expect(proposal).toMatchObject({ method: 'REQUEST', uid: `meeting-${id}@localhost`, sequence: 0, start: bare[0]!.start });
    expect(decodeQuotedPrintable((await nthMail(ana, 1)).raw)).toContain('Ana Gil ha propuesto una reunión.');

    expect((await grace.client.post(`/api/meetings/${id}/accept`, { start: bare[1]!.start })).statusCode).toBe(200);
    for (const member of [ana, grace]) {
      const accepted = eventOf(calendarOf(await nthMail(member, 2)));
      expect(accepted).toEqual({ method: 'REQUEST', uid: proposal.uid, sequence: 1, start: bare[1]!.start, end: bare[1]!.end });
    }
    expect(decodeQuotedPrintable((await nthMail(grace, 2)).raw)).toMatch(/^Subject: Meeting confirmed with Ana Gil/m);

    expect((await ana.client.post(`/api/meetings/${id}/cancel`, { reason: 'Imprevisto' })).statusCode).toBe(200);
    const cancellation = await nthMail(grace, 3);
    expect(eventOf(calendarOf(cancellation))).toEqual({ method: 'CANCEL', uid: proposal.uid, sequence: 2, start: bare[1]!.start, end: bare[1]!.end });
    expect(decodeQuotedPrintable(cancellation.raw)).toContain('Imprevisto');
  });
});
