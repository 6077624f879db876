import { describe, expect, it } from 'vitest';
import { expectProblem, fieldErrors, useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, type TestMember } from '../testing/members.ts';
import type { SlotView } from './slot-views.ts';
import type { MeetingView } from './views.ts';

describe.each(databaseKinds)('meetings API on %s', (kind) => {
  const t = useTestApp(kind);
  let serial = 0;
  const member = (name: string) => createMember(t.server, `${name.toLowerCase()}-${++serial}@example.es`, `${name} ${serial}`);

  const slotsWith = async (from: TestMember, to: TestMember): Promise<SlotView[]> => {
    const response = await from.client.get(`/api/meetings/slots?with=${to.slug}&lengthMinutes=30`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().slots;
  };
  const bare = (slots: SlotView[]) => slots.map(({ start, end }) => ({ start, end }));
  const propose = (from: TestMember, to: TestMember, slots: { start: string; end: string }[]) =>
    from.client.post('/api/meetings', { with: to.slug, purpose: 'Hablar de bodas', format: 'video', lengthMinutes: 30, place: 'https://meet.example/x', slots });
  const meetingOf = (response: { statusCode: number; body: string; json(): unknown }, status = 200) => {
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as MeetingView;
  };
  const proposed = async (from: TestMember, to: TestMember) => {
    const slots = await slotsWith(from, to);
    return { slots, meeting: meetingOf(await propose(from, to, bare(slots.slice(0, 3))), 201) };
  };

  it('availability defaults to Tue–Thu mornings in the member’s zone; a saved one is read back; an unknown zone is a 400', async () => {
    const ana = await member('Ana');
    const initial = await ana.client.get('/api/me/availability');
    expect(initial.json()).toMatchObject({ timeZone: 'Europe/Madrid', weeklyHours: { tue: [{ from: '09:30', to: '13:30' }] }, defaultLength: 30 });
    const mine = { timeZone: 'America/New_York', weeklyHours: { mon: [{ from: '08:00', to: '12:00' }] }, exceptions: [{ kind: 'off', from: '2030-01-01' }], formats: ['video'], defaultLength: 45, bufferMinutes: 10 };
    expect((await ana.client.put('/api/me/availability', mine)).json()).toEqual(mine);
    expect((await ana.client.get('/api/me/availability')).json()).toEqual(mine);
    expect(fieldErrors(await ana.client.put('/api/me/availability', { ...mine, timeZone: 'Mars/Olympus' }))).toEqual({ timeZone: 'Zona horaria desconocida.' });
    expect(fieldErrors(await ana.client.put('/api/me/availability', { ...mine, weeklyHours: { mon: [{ from: '12:00', to: '08:00' }] } }))).toHaveProperty(['weeklyHours.mon[0]']);
  });

  it('A proposes, B sees a request and accepts one slot; both see it upcoming with its history; a third member gets a 404', async () => {
    const [ana, bruno, carla] = [await member('Ana'), await member('Bruno'), await member('Carla')];
    const { slots, meeting } = await proposed(ana, bruno);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0]!.yours).toMatch(/\(CET|\(CEST/);
    expect(meeting).toMatchObject({ status: 'proposed', turn: 'waiting', role: 'proposer', other: { slug: bruno.slug }, slot: null, notes: null });
    expect(meeting.history).toEqual([expect.objectContaining({ by: 'you', action: 'proposed' })]);

    const brunoLists = (await bruno.client.get('/api/meetings')).json();
    expect(brunoLists.requests.map((m: MeetingView) => m.id)).toEqual([meeting.id]);
    expect((await ana.client.get('/api/meetings')).json().upcoming.map((m: MeetingView) => m.id)).toEqual([meeting.id]);

    expectProblem(await carla.client.get(`/api/meetings/${meeting.id}`), 404);
    expectProblem(await carla.client.post(`/api/meetings/${meeting.id}/accept`, { start: slots[0]!.start }), 404);
    expectProblem(await ana.client.post(`/api/meetings/${meeting.id}/accept`, { start: slots[0]!.start }), 409, 'meeting-state');

    const accepted = meetingOf(await bruno.client.post(`/api/meetings/${meeting.id}/accept`, { start: slots[0]!.start }));
    expect(accepted).toMatchObject({ status: 'accepted', turn: 'none', role: 'invitee', slot: { start: slots[0]!.start, end: slots[0]!.end }, proposedSlots: [] });
    expect(accepted.history.map((h) => [h.by, h.action])).toEqual([['them', 'proposed'], ['you', 'accepted']]);
    expect((await ana.client.get('/api/meetings')).json().upcoming[0]).toMatchObject({ id: meeting.id, status: 'accepted' });
    expectProblem(await bruno.client.post(`/api/meetings/${meeting.id}/accept`, { start: slots[0]!.start }), 409, 'meeting-state');
  });

  it('refuses yourself and blocked members (403), unknown ones (404), past slots (409 with proposals) and wrong lengths (400)', async () => {
    const [ana, bruno, dario] = [await member('Ana'), await member('Bruno'), await member('Dario')];
    const slots = bare((await slotsWith(ana, bruno)).slice(0, 1));
    expectProblem(await propose(ana, ana, slots), 403, 'meeting-not-allowed');
    expectProblem(await propose(ana, { ...bruno, slug: 'nadie-de-nadie' }, slots), 404);
    const past = [{ start: '2020-01-07T09:00:00.000Z', end: '2020-01-07T09:30:00.000Z' }];
    const problem = expectProblem(await propose(ana, bruno, past), 409, 'slot-unavailable');
    expect((problem.proposals as SlotView[]).length).toBeGreaterThan(0);
    expect(fieldErrors(await propose(ana, bruno, [{ start: slots[0]!.start, end: past[0]!.end }]))).toHaveProperty('slots');
    await ana.client.post('/api/blocks', { slug: dario.slug });
    expectProblem(await propose(ana, dario, slots), 403, 'meeting-not-allowed');
    expectProblem(await propose(dario, ana, slots), 404);
    const rows = await t.app.ctx.database.query('SELECT 1 FROM meetings WHERE proposer_id = $1', [ana.id]);
    expect(rows).toEqual([]);
  });

  it('counter-proposal passes the turn; decline closes; reschedule goes back to proposed; cancel closes with a reason', async () => {
    const [ana, bruno] = [await member('Ana'), await member('Bruno')];
    const { slots, meeting } = await proposed(ana, bruno);
    const counter = meetingOf(await bruno.client.post(`/api/meetings/${meeting.id}/propose`, { slots: bare(slots.slice(3, 5)), message: 'Mejor estas' }));
    expect(counter).toMatchObject({ status: 'proposed', turn: 'waiting', proposedSlots: slots.slice(3, 5) });
    expectProblem(await bruno.client.post(`/api/meetings/${meeting.id}/decline`), 409, 'meeting-state'); // no body is fine
    const accepted = meetingOf(await ana.client.post(`/api/meetings/${meeting.id}/accept`, { start: slots[3]!.start }));
    expect(accepted.slot?.start).toBe(slots[3]!.start);

    const moved = meetingOf(await bruno.client.post(`/api/meetings/${meeting.id}/reschedule`, { slots: bare(slots.slice(0, 1)), reason: 'Me surgió un viaje' }));
    expect(moved).toMatchObject({ status: 'proposed', turn: 'waiting', slot: null });
    const cancelled = meetingOf(await ana.client.post(`/api/meetings/${meeting.id}/cancel`, { reason: 'Ya no hace falta' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', turn: 'none' });
    expect(cancelled.history.map((h) => h.action)).toEqual(['proposed', 'counter-proposed', 'accepted', 'rescheduled', 'cancelled']);
    expect(cancelled.history.at(-1)).toMatchObject({ by: 'you', message: 'Ya no hace falta' });
    expectProblem(await bruno.client.post(`/api/meetings/${meeting.id}/cancel`, { reason: 'otra vez' }), 409, 'meeting-state');
    expect((await bruno.client.get('/api/meetings')).json().past.map((m: MeetingView) => m.id)).toEqual([meeting.id]);

    const other = (await proposed(ana, bruno)).meeting;
    expect(meetingOf(await bruno.client.post(`/api/meetings/${other.id}/decline`, { message: 'No me encaja' })).status).toBe('declined');
  });

  it('never double-books: a taken slot is a 409 with fresh proposals, and of two racing acceptances exactly one wins', async () => {
    const [ana, bruno, carla] = [await member('Ana'), await member('Bruno'), await member('Carla')];
    const slot = (await slotsWith(ana, bruno))[0]!;
    const first = meetingOf(await propose(ana, bruno, bare([slot])), 201);
    const second = meetingOf(await propose(carla, bruno, bare([slot])), 201);
    const answers = await Promise.all(
      [first, second].map((m) => bruno.client.post(`/api/meetings/${m.id}/accept`, { start: slot.start })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.statusCode === 409)!;
    const problem = expectProblem(loser, 409, 'slot-unavailable');
    expect((problem.proposals as SlotView[]).map((p) => p.start)).not.toContain(slot.start);
    const booked = await t.app.ctx.database.query(`SELECT id FROM meetings WHERE invitee_id = $1 AND status = 'accepted'`, [bruno.id]);
    expect(booked).toHaveLength(1);
    expectProblem(await propose(carla, bruno, bare([slot])), 409, 'slot-unavailable');
  });

  it('every route needs a login', async () => {
    const stranger = t.client();
    for (const url of ['/api/meetings', '/api/me/availability', '/api/me/calendar-feed']) expectProblem(await stranger.get(url), 401);
  });
});
