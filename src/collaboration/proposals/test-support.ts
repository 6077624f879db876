import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestMember } from '../../testing/members.ts';
import type { ProposalView } from './views.ts';

/** The client has no PATCH helper; its request method sends any verb, PATCH included. */
export const patch = (member: TestMember, url: string, body: unknown) => member.client.request('PATCH' as 'PUT', url, body);

/** The proposal in a successful answer. */
export function proposalOf(response: LightMyRequestResponse, status = 200): ProposalView {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as ProposalView;
}

/** A joint offer from `author` to `others`, with any fields replaced. */
export const draftBody = (others: TestMember[], fields: Record<string, unknown> = {}) => ({
  format: 'jointOffer',
  title: 'Pack de bodas',
  description: 'Fotografía y flores para bodas en Madrid',
  parties: others.map((other) => ({ member: other.slug, gives: 'Flores', gets: 'Clientes de bodas' })),
  yours: { gives: 'Fotografía', gets: 'Clientes de bodas' },
  estimatedValue: { amountCents: 500_000, currency: 'EUR' },
  nextSteps: 'Precio cerrado en una semana',
  startsOn: '2030-03-01',
  endsOn: '2030-09-30',
  ...fields,
});

export async function createDraft(author: TestMember, others: TestMember[], fields: Record<string, unknown> = {}): Promise<ProposalView> {
  return proposalOf(await author.client.post('/api/proposals', draftBody(others, fields)), 201);
}

/** Switches the member's language, so their problems and emails come in it. */
export async function speak(member: TestMember, locale: 'es' | 'en'): Promise<void> {
  expect((await member.client.put('/api/me/settings', { locale })).statusCode).toBe(200);
}
