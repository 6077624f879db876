import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCancellation, buildFeed, buildInvitation, meetingUid, type CalendarMeeting } from './meeting-ics.ts';

const now = new Date('2026-03-02T09:15:42.500Z');
const ana = { name: 'Ana García López', email: 'ana@example.es' };
const luis = { name: 'Pérez, Luis; "Lucho"', email: 'luis.perez@example.com' };

const meeting: CalendarMeeting = {
  id: '6f1c2a4e-8d1b-4c3e-9a57-0b2d7e5f9c11',
  host: 'Sinergia.Example.es',
  sequence: 0,
  start: new Date('2026-03-10T13:30:00Z'),
  end: new Date('2026-03-10T14:00:00Z'),
  summary: 'Reunión Sinergia: Ana García, Luis Pérez',
  description: 'Por qué os conviene: fotografía de bodas; floristería.\nPrepárate aquí: https://sinergia.example.es/meetings/1',
  place: { format: 'in-person', address: 'Calle Mayor, 5; 2º izq., 28013 Madrid' },
  organizer: ana,
  attendees: [{ ...ana, response: 'accepted' }, luis],
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  return { calendar, vevents, event: new ICAL.Event(vevents[0]) };
}

const instant = (value: unknown) => (value as ICAL.Time).toJSDate().toISOString();

function attendees(vevent: ICAL.Component) {
  return vevent.getAllProperties('attendee').map((p) => ({
    cn: p.getParameter('cn'), address: p.getFirstValue(), partstat: p.getParameter('partstat'), rsvp: p.getParameter('rsvp'),
  }));
}

/** Every physical line within 75 octets, CRLF-terminated, with no character cut in two. */
function expectWellFormed(text: string) {
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
}

describe('buildInvitation', () => {
  it('is a METHOD:REQUEST that ical.js reads back with the agreed instants', () => {
    const text = buildInvitation(meeting, now);
    expectWellFormed(text);
    const { calendar, vevents, event } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vevents).toHaveLength(1);
    expect(event.uid).toBe('meeting-6f1c2a4e-8d1b-4c3e-9a57-0b2d7e5f9c11@sinergia.example.es');
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T13:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(instant(vevents[0]?.getFirstPropertyValue('dtstamp'))).toBe('2026-03-02T09:15:42.000Z');
    expect(event.summary).toBe(meeting.summary);
    expect(event.description).toBe(meeting.description);
    expect(event.location).toBe('Calle Mayor, 5; 2º izq., 28013 Madrid');
    expect(vevents[0]?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevents[0]?.getFirstPropertyValue('transp')).toBe('OPAQUE');
  });

  it('names the organizer and every attendee with CN and mailto', () => {
    const { vevents } = parse(buildInvitation(meeting, now));
    const organizer = vevents[0]?.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Ana García López');
    expect(organizer?.getFirstValue()).toBe('mailto:ana@example.es');
    expect(attendees(vevents[0] as ICAL.Component)).toEqual([
      { cn: 'Ana García López', address: 'mailto:ana@example.es', partstat: 'ACCEPTED', rsvp: 'FALSE' },
      { cn: 'Pérez, Luis; "Lucho"', address: 'mailto:luis.perez@example.com', partstat: 'NEEDS-ACTION', rsvp: 'FALSE' },
    ]);
  });

  it('sends an update with the same UID and a higher sequence', () => {
    const moved = { ...meeting, sequence: 1, start: new Date('2026-03-11T09:00:00Z'), end: new Date('2026-03-11T09:45:00Z') };
    const first = parse(buildInvitation(meeting, now)).event;
    const update = parse(buildInvitation(moved, new Date('2026-03-03T10:00:00Z'))).event;
    expect(update.uid).toBe(first.uid);
    expect(update.sequence).toBe(1);
    expect(update.startDate.toJSDate().toISOString()).toBe('2026-03-11T09:00:00.000Z');
    expect(update.endDate.toJSDate().toISOString()).toBe('2026-03-11T09:45:00.000Z');
  });

  it('marks a proposal TENTATIVE, and puts a video link in URL and LOCATION', () => {
    const link = 'https://meet.example.com/abc-defg-hij?pwd=a,b;c';
    const { vevents } = parse(buildInvitation({ ...meeting, status: 'tentative', place: { format: 'video', url: link } }, now));
    expect(vevents[0]?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(vevents[0]?.getFirstPropertyValue('url')).toBe(link);
    expect(vevents[0]?.getFirstPropertyValue('location')).toBe(link);
  });

  it('puts a phone number in LOCATION and leaves out what is not given', () => {
    const { vevents } = parse(buildInvitation({ ...meeting, description: undefined, place: { format: 'phone', phone: '+34 600 000 000' } }, now));
    expect(vevents[0]?.getFirstPropertyValue('location')).toBe('+34 600 000 000');
    expect(vevents[0]?.hasProperty('url')).toBe(false);
    expect(vevents[0]?.hasProperty('description')).toBe(false);
  });

  it('round-trips long Spanish text with accents and emoji through folding', () => {
    const description = 'Ana ayuda a parejas que se casan a contar su día con fotografías naturales 📸💍; Luis diseña ' +
      'ramos y centros de mesa con flores de temporada 💐. Ideas: paquete conjunto «boda íntima», recomendaciones ' +
      'mutuas, co-marketing en ferias nupciales (Madrid, Toledo, Segovia)… ¿Quedamos? 👩‍💻 ñandú, pingüino, acción.\n' +
      'Siguiente paso: enviar propuesta\\borrador antes del jueves.';
    const summary = `Reunión: ${'¡Sinergia! ✨ '.repeat(8)}`;
    const text = buildInvitation({ ...meeting, summary, description }, now);
    expectWellFormed(text);
    expect(text).toMatch(/\r\n [^ ]/);
    const { event } = parse(text);
    expect(event.description).toBe(description);
    expect(event.summary).toBe(summary);
  });

  it('refuses a cancelled status, a negative sequence and an empty meeting', () => {
    expect(() => buildInvitation({ ...meeting, status: 'cancelled' }, now)).toThrow(RangeError);
    expect(() => buildInvitation({ ...meeting, sequence: -1 }, now)).toThrow(RangeError);
    expect(() => buildInvitation({ ...meeting, end: meeting.start }, now)).toThrow(RangeError);
    expect(() => buildInvitation({ ...meeting, attendees: [{ name: 'X', email: 'x@y.z\r\nBEGIN:VEVENT' }] }, now)).toThrow(RangeError);
  });
});

describe('buildCancellation', () => {
  it('is a METHOD:CANCEL with the same UID, a higher sequence and STATUS:CANCELLED', () => {
    const invitation = parse(buildInvitation({ ...meeting, sequence: 1 }, now)).event;
    const text = buildCancellation({ ...meeting, sequence: 2 }, new Date('2026-03-05T08:00:00Z'));
    expectWellFormed(text);
    const { calendar, vevents, event } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.uid).toBe(invitation.uid);
    expect(event.sequence).toBeGreaterThan(invitation.sequence);
    expect(vevents[0]?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T13:30:00.000Z');
    expect(attendees(vevents[0] as ICAL.Component).map((a) => a.address)).toEqual(['mailto:ana@example.es', 'mailto:luis.perez@example.com']);
  });
});

describe('buildFeed', () => {
  it('lists many meetings under the calendar’s name, with METHOD:PUBLISH and no attendees', () => {
    const second = { ...meeting, id: 'm-2', sequence: 3, summary: 'Reunión con Marta Ruiz', start: new Date('2026-03-29T00:45:00Z'),
      end: new Date('2026-03-29T01:15:00Z') };
    const cancelled = { ...meeting, id: 'm-3', sequence: 1, status: 'cancelled' as const, summary: 'Reunión con John Smith' };
    const text = buildFeed({ name: 'Sinergia — reuniones de Ana', description: 'Tus reuniones, de Sinergia',
      timeZone: 'Europe/Madrid', meetings: [meeting, second, cancelled] }, now);
    expectWellFormed(text);
    const { calendar, vevents } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sinergia — reuniones de Ana');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Madrid');
    const events = vevents.map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.sequence, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
      [meetingUid(meeting.id, meeting.host), 0, '2026-03-10T13:30:00.000Z', '2026-03-10T14:00:00.000Z'],
      ['meeting-m-2@sinergia.example.es', 3, '2026-03-29T00:45:00.000Z', '2026-03-29T01:15:00.000Z'],
      ['meeting-m-3@sinergia.example.es', 1, '2026-03-10T13:30:00.000Z', '2026-03-10T14:00:00.000Z'],
    ]);
    expect(vevents.map((v) => v.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
    expect(vevents.every((v) => !v.hasProperty('attendee') && v.hasProperty('organizer'))).toBe(true);
  });

  it('is a valid empty calendar when there is nothing to show', () => {
    const { calendar, vevents } = parse(buildFeed({ name: 'Sinergia', meetings: [] }, now));
    expect(calendar.name).toBe('vcalendar');
    expect(vevents).toEqual([]);
  });
});
