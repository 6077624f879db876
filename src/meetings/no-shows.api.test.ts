import { describe, expect, it } from 'vitest';
import type { DiscoverItem } from '../matching/discover/present.ts';
import type { ProfileInput } from '../profiles/profile-input.ts';
import { useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, joinCommunities, leaveDefaultCommunity, type TestMember } from '../testing/members.ts';
import type { SlotView } from './slot-views.ts';

const madrid: ProfileInput = { city: 'Madrid', region: 'Comunidad de Madrid', country: 'ES', languages: ['es'], goals: ['partners'] };
const photographer: ProfileInput = { ...madrid, offers: ['fotografía de bodas'], needs: ['floristería para bodas'] };
const florist: ProfileInput = { ...madrid, offers: ['ramos de novia', 'decoración floral'], needs: ['fotógrafos de boda'] };

describe.each(databaseKinds)('no-shows in Discover on %s', (kind) => {
  const t = useTestApp(kind);

  /** Members who see only each other. */
  const member = async (name: string, profile: ProfileInput) => {
    const created = await createMember(t.server, `${name}@example.es`, name, profile);
    await leaveDefaultCommunity(t.app, created.id);
    await joinCommunities(t.app, created.id, ['no-shows']);
    return created;
  };
  const acceptedMeeting = async (proposer: TestMember, invitee: TestMember) => {
    const [slot] = (await proposer.client.get(`/api/meetings/slots?with=${invitee.slug}`)).json().slots as SlotView[];
    const bare = { start: slot!.start, end: slot!.end };
    const { id } = (await proposer.client.post('/api/meetings', { with: invitee.slug, purpose: 'Bodas', format: 'video', lengthMinutes: 30, slots: [bare] })).json();
    expect((await invitee.client.post(`/api/meetings/${id}/accept`, { start: bare.start })).statusCode).toBe(200);
    return id as string;
  };
  const reportNoShow = async (reporter: TestMember, meetingId: string, noShow: boolean) =>
    expect((await reporter.client.put(`/api/meetings/${meetingId}/notes`, { noShow })).statusCode).toBe(200);
  const scores = async (viewer: TestMember) => {
    const response = await viewer.client.get('/api/discover?limit=50');
    expect(response.statusCode, response.body).toBe(200);
    return new Map((response.json().items as DiscoverItem[]).map((item, rank) => [item.member.slug, { score: item.score, rank }]));
  };

  it('lower a member who missed two meetings below an identical one, forgive one, and count only meetings begun', async () => {
    const ana = await member('Ana', photographer);
    const dora = await member('Dora', photographer);
    const bea = await member('Bea', florist);
    const carla = await member('Carla', florist);
    const missed = [await acceptedMeeting(ana, bea), await acceptedMeeting(ana, bea)];
    const beaVersusCarla = async () => {
      const seen = await scores(dora);
      return { bea: seen.get(bea.slug)!, carla: seen.get(carla.slug)! };
    };
    const equal = async () => {
      const { bea: b, carla: c } = await beaVersusCarla();
      expect(b.score).toBe(c.score);
    };
    await equal();

    // Flagged before the meeting begins: nothing is held against her yet.
    await reportNoShow(ana, missed[0]!, true);
    await equal();

    await t.app.ctx.database.query(
      `UPDATE meetings SET starts_at = starts_at - interval '30 days', ends_at = ends_at - interval '30 days' WHERE id IN ($1, $2)`,
      missed,
    );
    await reportNoShow(ana, missed[0]!, true);
    await equal(); // one missed meeting is forgiven

    await reportNoShow(ana, missed[1]!, true);
    const after = await beaVersusCarla();
    expect(after.bea.score).toBeLessThan(after.carla.score);
    expect(after.bea.rank).toBeGreaterThan(after.carla.rank);
    const inAnasEyes = await scores(ana);
    expect(inAnasEyes.get(bea.slug)!.score).toBeLessThan(inAnasEyes.get(carla.slug)!.score);

    await reportNoShow(ana, missed[1]!, false);
    await equal(); // cleared: back to one
  });
});
