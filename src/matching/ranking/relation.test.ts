import { describe, expect, it } from 'vitest';
import { member } from '../test-support/members.ts';
import { signalInput } from '../test-support/signal-input.ts';
import { classifyRelation, isCompetitor } from './relation.ts';
import type { Feedback, MatchProfile } from './types.ts';

const relationOf = (viewer: MatchProfile, candidate: MatchProfile, feedback?: Feedback) => {
  const { facts } = signalInput(viewer, candidate);
  return classifyRelation(facts, isCompetitor(facts, feedback));
};

const photographer = member('ana', { offerConcepts: ['wedding-photography'] });

describe('isCompetitor', () => {
  it('needs mostly the same trades, or the same main trade, in the same area', () => {
    const same = member('c', { offerConcepts: ['wedding-photography'] });
    expect(isCompetitor(signalInput(photographer, same).facts)).toBe(true);
    // A "competes" relation counts as the same trade.
    expect(isCompetitor(signalInput(photographer, member('c', { offerConcepts: ['photography'] })).facts)).toBe(true);
    const mainlyFlorist = member('c', { offerConcepts: ['floristry', 'wedding-photography'] });
    const mainlyPhotographer = member('v', { offerConcepts: ['wedding-photography', 'catering'] });
    expect(isCompetitor(signalInput(mainlyPhotographer, mainlyFlorist).facts)).toBe(false);
    expect(isCompetitor(signalInput(mainlyPhotographer, member('c', { offerConcepts: ['wedding-photography', 'wedding-venue'] })).facts)).toBe(true);
  });
  it('counts the same region, or either working remotely, as the same area, but not another city', () => {
    const nearby = member('c', { offerConcepts: ['wedding-photography'], city: 'Alcalá de Henares' });
    const far = member('c', { offerConcepts: ['wedding-photography'], city: 'Sevilla', region: 'Andalucía' });
    expect(isCompetitor(signalInput(photographer, nearby).facts)).toBe(true);
    expect(isCompetitor(signalInput(photographer, far).facts)).toBe(false);
    expect(isCompetitor(signalInput(photographer, { ...far, remote: true }).facts)).toBe(true);
  });
  it('is whatever the viewer said it is', () => {
    const florist = member('c', { offerConcepts: ['floristry'] });
    expect(isCompetitor(signalInput(photographer, florist).facts, 'competitor')).toBe(true);
  });
});

describe('classifyRelation', () => {
  it('calls competitors competitors, never partners, however complementary', () => {
    const rival = member('c', { offerConcepts: ['wedding-photography', 'floristry'], needConcepts: ['wedding-photography'] });
    expect(relationOf(member('v', { offerConcepts: ['wedding-photography', 'floristry'] }), rival)).toBe('competitor');
    expect(relationOf(photographer, member('c', { offerConcepts: ['floristry'] }), 'competitor')).toBe('competitor');
  });
  it('calls complementary trades, shared clients and mutual needs partners', () => {
    expect(relationOf(photographer, member('c', { offerConcepts: ['floristry'] }))).toBe('partner');
    expect(relationOf(photographer, member('c', { offerConcepts: ['catering'] }))).toBe('partner');
    const accountant = member('v', { offerConcepts: ['accounting'], needConcepts: ['estate-agent'] });
    expect(relationOf(accountant, member('c', { offerConcepts: ['estate-agent'], needConcepts: ['accounting'] }))).toBe('partner');
  });
  it('calls someone who needs what the viewer offers a client, and the reverse a supplier', () => {
    const accountant = member('v', { offerConcepts: ['accounting'] });
    expect(relationOf(accountant, member('c', { offerConcepts: ['estate-agent'], needConcepts: ['accounting'] }))).toBe('client');
    expect(relationOf(accountant, member('c', { offerConcepts: ['wedding-venue'] }))).toBe('client');
    const venue = member('v', { offerConcepts: ['wedding-venue'], needConcepts: ['accounting'] });
    expect(relationOf(venue, member('c', { offerConcepts: ['accounting'] }))).toBe('supplier');
  });
  it('calls the same trade elsewhere, and everyone else, a peer', () => {
    const colleague = member('c', { offerConcepts: ['wedding-photography'], city: 'Sevilla', region: 'Andalucía' });
    expect(relationOf(photographer, colleague)).toBe('peer');
    expect(relationOf(photographer, member('c', { offerConcepts: ['estate-agent'] }))).toBe('peer');
  });
});
