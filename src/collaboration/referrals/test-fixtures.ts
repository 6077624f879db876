/** Helpers shared by the referral and dashboard API tests. */
import { expect } from 'vitest';
import type { TestMember } from '../../testing/members.ts';
import type { ReferralStatus } from './model.ts';

/** A third party who is nobody's member: their details must only ever reach the giver and the receiver. */
export const thirdParty = { name: 'Lucía Prieto Vela', email: 'lucia.prieto@floresvela.example.es', phone: '+34 611 222 333', company: 'Flores Vela' };

export const referralBody = (to: TestMember, overrides: Record<string, unknown> = {}) => ({
  to: to.slug,
  contact: thirdParty,
  need: 'Flores para las 30 bodas que organiza cada año',
  warmth: 'hot',
  consent: true,
  ...overrides,
});

/** Gives a referral and has the receiver carry it to `status` the shortest legal way; returns its id. */
export async function referralIn(
  giver: TestMember,
  receiver: TestMember,
  status: ReferralStatus,
  value?: { valueCents: number; currency?: string },
  contact = thirdParty,
): Promise<string> {
  const given = await giver.client.post('/api/referrals', referralBody(receiver, { contact }));
  expect(given.statusCode, given.body).toBe(201);
  const id = given.json().id as string;
  const path: Record<ReferralStatus, [TestMember, string, Record<string, unknown>][]> = {
    new: [],
    contacted: [[receiver, 'status', { status: 'contacted' }]],
    meeting: [[receiver, 'status', { status: 'meeting' }]],
    won: [
      [receiver, 'status', { status: 'contacted' }],
      [receiver, 'status', { status: 'won', ...value }],
    ],
    lost: [[receiver, 'status', { status: 'lost' }]],
    withdrawn: [[giver, 'withdraw', {}]],
  };
  for (const [member, action, body] of path[status]) {
    const moved = await member.client.post(`/api/referrals/${id}/${action}`, body);
    expect(moved.statusCode, moved.body).toBe(200);
  }
  return id;
}
