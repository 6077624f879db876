import { describe, expect, it } from 'vitest';
import { expectProblem, useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, type TestMember } from '../testing/members.ts';
import type { ProfileInput } from '../profiles/profile-input.ts';
import type { NetworkOffers } from './network-offers.ts';
import type { SlotView } from './slot-views.ts';

describe.each(databaseKinds)('who in my network offers what they need, on %s', (kind) => {
  const t = useTestApp(kind);
  const member = (name: string, profile: ProfileInput) => createMember(t.server, `${name.toLowerCase()}@example.es`, name, profile);

  const connect = async (from: TestMember, to: TestMember) => {
    const asked = await from.client.post('/api/connections', { slug: to.slug });
    expect(asked.statusCode, asked.body).toBe(201);
    const accepted = await to.client.post(`/api/connections/${asked.json().connection.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
  };

  const meetingBetween = async (from: TestMember, to: TestMember): Promise<string> => {
    const slots: SlotView[] = (await from.client.get(`/api/meetings/slots?with=${to.slug}`)).json().slots;
    const created = await from.client.post('/api/meetings', { with: to.slug, purpose: 'Bodas', format: 'video', lengthMinutes: 30, slots: [{ start: slots[0]!.start, end: slots[0]!.end }] });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id;
  };

  const offersFor = async (viewer: TestMember, meetingId: string): Promise<NetworkOffers> => {
    const response = await viewer.client.get(`/api/meetings/${meetingId}/network-offers`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const slugsPerNeed = (offers: NetworkOffers) => offers.items.map((item) => [item.need.phrase, item.members.map((card) => card.slug)]);

  it('lists the connections offering each need, but not the other member, strangers, hidden profiles or blocks', async () => {
    const tax = { offers: ['asesoría fiscal para autónomos'] };
    const ana = await member('Ana', { offers: ['fotografía de bodas'] });
    const bruno = await member('Bruno', { ...tax, needs: ['asesor fiscal'] });
    const carla = await member('Carla', { headline: 'Asesora fiscal', ...tax });
    const diego = await member('Diego', tax);
    const elena = await member('Elena', tax);
    const felipe = await member('Felipe', tax);
    for (const connection of [bruno, carla, elena, felipe]) await connect(ana, connection);
    const id = await meetingBetween(ana, bruno);

    expect(await offersFor(ana, id)).toEqual({ items: [] });
    const saved = await ana.client.put(`/api/meetings/${id}/notes`, { theirNeeds: ['asesor fiscal', 'contabilidad', 'algo indescifrable'] });
    expect(saved.statusCode, saved.body).toBe(200);
    const hidden = await elena.client.put('/api/me/profile', { visibility: 'private' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    const blocked = await felipe.client.post('/api/blocks', { slug: ana.slug });
    expect(blocked.statusCode, blocked.body).toBe(204);

    const offers = await offersFor(ana, id);
    // Carla, connected and offering tax advice; not Bruno (the other member), Diego (no connection),
    // Elena (private) or Felipe (who blocked Ana).
    expect(slugsPerNeed(offers)).toEqual([
      ['asesor fiscal', [carla.slug]],
      ['contabilidad', []],
      ['algo indescifrable', []],
    ]);
    expect(offers.items[0]!.need.concepts).toEqual([{ id: 'tax-advice', label: 'Asesoría fiscal' }]);
    expect(offers.items[0]!.members[0]).toMatchObject({ slug: carla.slug, name: 'Carla', headline: 'Asesora fiscal' });
    expect(offers.items[2]!.need.concepts).toEqual([]);

    // Bruno has written no notes of his own; Diego is not in the meeting.
    expect(await offersFor(bruno, id)).toEqual({ items: [] });
    expectProblem(await diego.client.get(`/api/meetings/${id}/network-offers`), 404);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json();
    const route = doc.paths['/api/meetings/{id}/network-offers'].get;
    expect(JSON.stringify(route.responses['200'])).toContain('#/components/schemas/');
    expect(route.responses).toHaveProperty('404');
  });
});
