import { expect } from 'vitest';
import type { SlotView } from '../../meetings/slot-views.ts';
import type { ProfileInput } from '../../profiles/profile-input.ts';
import type { TestAppHandle } from '../../testing/api-test.ts';
import { createMember, joinCommunities, leaveDefaultCommunity, type TestMember } from '../../testing/members.ts';

/** Building a member's network through the API, for the plan's tests. */
export function networkBuilder(t: TestAppHandle, community: string) {
  return {
    /** A member who sees, in Discover, only the members of `community`. */
    async member(email: string, name: string, profile: ProfileInput = {}, settings: { locale?: string; timeZone?: string } = {}): Promise<TestMember> {
      const created = await createMember(t.server, email, name, profile);
      if (Object.keys(settings).length) expect((await created.client.put('/api/me/settings', settings)).statusCode).toBe(200);
      await leaveDefaultCommunity(t.app, created.id);
      await joinCommunities(t.app, created.id, [community]);
      return created;
    },

    async connect(from: TestMember, to: TestMember): Promise<void> {
      const asked = await from.client.post('/api/connections', { slug: to.slug });
      expect(asked.statusCode, asked.body).toBe(201);
      expect((await to.client.post(`/api/connections/${asked.json().connection.id}/accept`)).statusCode).toBe(200);
    },

    /** A meeting `from` proposes to `to` at the first free slot; accepted when asked. */
    async meeting(from: TestMember, to: TestMember, accept = false): Promise<string> {
      const [slot] = (await from.client.get(`/api/meetings/slots?with=${to.slug}`)).json().slots as SlotView[];
      const bare = { start: slot!.start, end: slot!.end };
      const created = await from.client.post('/api/meetings', { with: to.slug, purpose: 'Conocernos', format: 'video', lengthMinutes: 30, slots: [bare] });
      expect(created.statusCode, created.body).toBe(201);
      const id: string = created.json().id;
      if (accept) expect((await to.client.post(`/api/meetings/${id}/accept`, { start: bare.start })).statusCode).toBe(200);
      return id;
    },

    async notes(who: TestMember, meetingId: string, notes: object): Promise<void> {
      const saved = await who.client.put(`/api/meetings/${meetingId}/notes`, notes);
      expect(saved.statusCode, saved.body).toBe(200);
    },
  };
}
