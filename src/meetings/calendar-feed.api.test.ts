import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectProblem, useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember } from '../testing/members.ts';
import type { SlotView } from './slot-views.ts';

describe.each(databaseKinds)('calendar feed on %s', (kind) => {
  const t = useTestApp(kind);

  it('a secret URL serves the member’s accepted meetings as iCalendar; it can be replaced and revoked', async () => {
    const ana = await createMember(t.server, 'ana-feed@example.es', 'Ana Feed');
    const bruno = await createMember(t.server, 'bruno-feed@example.es', 'Bruno Feed');
    expect((await ana.client.get('/api/me/calendar-feed')).json()).toEqual({ url: null });

    const slots: SlotView[] = (await ana.client.get(`/api/meetings/slots?with=${bruno.slug}`)).json().slots;
    const slot = { start: slots[0]!.start, end: slots[0]!.end };
    const { id } = (await ana.client.post('/api/meetings', { with: bruno.slug, purpose: 'Cafe', format: 'phone', lengthMinutes: 30, place: '+34 600 000 000', slots: [slot] })).json();
    await bruno.client.post(`/api/meetings/${id}/accept`, { start: slot.start });
    // A proposal still waiting is not in the feed.
    await ana.client.post('/api/meetings', { with: bruno.slug, purpose: 'Otra', format: 'video', lengthMinutes: 30, slots: [{ start: slots[1]!.start, end: slots[1]!.end }] });

    const { url } = (await ana.client.post('/api/me/calendar-feed')).json() as { url: string };
    expect(url).toMatch(/^http:\/\/localhost:3000\/calendar\/[\w-]{40,}\.ics$/);
    expect((await ana.client.get('/api/me/calendar-feed')).json()).toEqual({ url });
    const path = new URL(url).pathname;
    const feed = await t.server.inject({ method: 'GET', url: path }); // no session: calendar apps send none
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString(), e.summary])).toEqual([
      [`meeting-${id}@localhost`, slot.start, slot.end, 'Reunión con Bruno Feed'],
    ]);
    const stored = await t.app.ctx.database.query<{ token_hash: string }>('SELECT token_hash FROM calendar_feeds');
    expect(stored.map((row) => row.token_hash)).not.toContain(path.slice('/calendar/'.length, -'.ics'.length));

    const replaced = (await ana.client.post('/api/me/calendar-feed')).json().url as string;
    expect(replaced).not.toBe(url);
    expectProblem(await t.server.inject({ method: 'GET', url: path }), 404);
    expect((await t.server.inject({ method: 'GET', url: new URL(replaced).pathname })).statusCode).toBe(200);
    expect((await ana.client.delete('/api/me/calendar-feed')).statusCode).toBe(204);
    expectProblem(await t.server.inject({ method: 'GET', url: new URL(replaced).pathname }), 404);
    expect((await ana.client.get('/api/me/calendar-feed')).json()).toEqual({ url: null });
    expectProblem(await t.server.inject({ method: 'GET', url: '/calendar/whatever' }), 404);
  });
});
