import { describe, expect, it } from 'vitest';
import { fieldErrors, useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember } from '../testing/members.ts';
import type { SlotView } from './slot-views.ts';

type Lists = { requests: { id: string }[]; upcoming: { id: string }[]; past: { id: string }[]; pastNext: string | null };

describe.each(databaseKinds)('the meetings list on %s', (kind) => {
  const t = useTestApp(kind);

  it('pages past meetings newest first, with requests and upcoming complete on every page', async () => {
    const ana = await createMember(t.server, 'ana-pages@example.es', 'Ana');
    const bruno = await createMember(t.server, 'bruno-pages@example.es', 'Bruno');
    const slots: SlotView[] = (await ana.client.get(`/api/meetings/slots?with=${bruno.slug}`)).json().slots;
    const propose = async (slot: SlotView) =>
      (await ana.client.post('/api/meetings', { with: bruno.slug, purpose: 'Café', format: 'video', lengthMinutes: 30, slots: [{ start: slot.start, end: slot.end }] })).json()
        .id as string;
    // Five declined proposals (past), two of them at the same times as others, and one still open (upcoming).
    const starts = new Map<string, string>();
    for (const slot of [slots[0]!, slots[1]!, slots[2]!, slots[0]!, slots[1]!]) {
      const id = await propose(slot);
      expect((await bruno.client.post(`/api/meetings/${id}/decline`)).statusCode).toBe(200);
      starts.set(id, slot.start);
    }
    const open = await propose(slots[3]!);

    const list = async (query: string): Promise<Lists> => {
      const response = await ana.client.get(`/api/meetings${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const all = await list('');
    expect(all.past).toHaveLength(5);
    expect(all.pastNext).toBeNull();
    const order = all.past.map((meeting) => meeting.id);
    const startsInOrder = order.map((id) => Date.parse(starts.get(id)!));
    expect(startsInOrder).toEqual([...startsInOrder].sort((a, b) => b - a));

    const paged: string[] = [];
    let cursor: string | null = '';
    for (let page = 0; cursor !== null; page++) {
      const lists: Lists = await list(`?pastLimit=2${cursor ? `&pastBefore=${encodeURIComponent(cursor)}` : ''}`);
      expect(lists.past.length).toBe(page < 2 ? 2 : 1);
      expect(lists.upcoming.map((meeting) => meeting.id)).toEqual([open]);
      expect(lists.requests).toEqual([]);
      paged.push(...lists.past.map((meeting) => meeting.id));
      cursor = lists.pastNext;
    }
    expect(paged).toEqual(order);
    expect((await bruno.client.get('/api/meetings?pastLimit=3')).json().requests.map((m: { id: string }) => m.id)).toEqual([open]);

    expect(fieldErrors(await ana.client.get('/api/meetings?pastBefore=not-a-cursor'))).toHaveProperty('pastBefore');
    expect(fieldErrors(await ana.client.get('/api/meetings?pastLimit=0'))).toHaveProperty('pastLimit');
  });
});
