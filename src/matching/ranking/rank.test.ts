import { describe, expect, it } from 'vitest';
import { member } from '../test-support/members.ts';
import { smallRelations, testNow } from '../test-support/signal-input.ts';
import { rankCandidates } from './rank.ts';
import type { MatchContext, MatchProfile } from './types.ts';

const context = (extra: Partial<MatchContext> = {}): MatchContext => ({ relations: smallRelations, now: testNow, ...extra });
const ids = (viewer: MatchProfile, candidates: MatchProfile[], extra: Partial<MatchContext> = {}, includeCompetitors = false) =>
  rankCandidates(viewer, candidates, context(extra), { includeCompetitors }).map((r) => r.id);

// A small wedding and business community in Madrid.
const ana = member('ana', { goals: ['clients', 'partners'], offerConcepts: ['wedding-photography'], needConcepts: ['floristry'] });
const lucia = member('lucia', { goals: ['partners'], offerConcepts: ['floristry'], needConcepts: ['wedding-photography'] });
const finca = member('finca', { goals: ['partners'], offerConcepts: ['wedding-venue'] });
const sabores = member('sabores', { offerConcepts: ['catering'] });
const pablo = member('pablo', { goals: ['clients'], offerConcepts: ['wedding-photography'] });
const bride = member('bride', { needConcepts: ['wedding-photography'], city: 'Toledo', region: 'Castilla-La Mancha' });
const tom = member('tom', { locale: 'en', languages: ['en'], needConcepts: ['wedding-photography'] });
const carmen = member('carmen', { offerConcepts: ['estate-agent'], city: 'Bilbao', region: 'País Vasco' });
const community = [lucia, finca, sabores, pablo, bride, tom, carmen, ana];

describe('rankCandidates', () => {
  it('ranks a reciprocal pair above a one-way need', () => {
    const agent = member('agent', { offerConcepts: ['estate-agent'], needConcepts: ['accounting'] });
    const reciprocal = member('z-reciprocal', { offerConcepts: ['accounting'], needConcepts: ['estate-agent'] });
    const oneWay = member('a-one-way', { offerConcepts: ['accounting'] });
    const [first, second] = rankCandidates(agent, [oneWay, reciprocal], context());
    expect([first?.id, second?.id]).toEqual(['z-reciprocal', 'a-one-way']);
    expect(first?.reasons).toContainEqual({ code: 'mutualBenefit' });
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('ranks complementary referral partners nearby high, the best with mutual needs first', () => {
    expect(ids(ana, community).slice(0, 3)).toEqual(['lucia', 'finca', 'sabores']);
    const [top] = rankCandidates(ana, community, context());
    expect(top).toMatchObject({ id: 'lucia', relation: 'partner' });
    expect(top?.reasons[0]).toEqual({ code: 'complementaryServices', yours: 'wedding-photography', theirs: 'floristry' });
  });

  it('leaves competitors out unless asked for, then labels them', () => {
    expect(ids(ana, community)).not.toContain('pablo');
    const withColleagues = rankCandidates(ana, community, context(), { includeCompetitors: true });
    expect(withColleagues.find((r) => r.id === 'pablo')?.relation).toBe('competitor');
    // The viewer's own word makes anyone a competitor.
    expect(ids(ana, community, { feedback: { finca: 'competitor' } })).not.toContain('finca');
  });

  it('needs a language in common, counting the locale as spoken', () => {
    expect(ids(ana, community)).not.toContain('tom');
    expect(ids({ ...ana, languages: ['es', 'en'] }, community)).toContain('tom');
    expect(ids({ ...ana, languages: [], locale: 'en' }, community)).toContain('tom');
  });

  it('leaves out the viewer, hidden members and those dismissed as not relevant', () => {
    expect(ids(ana, community)).not.toContain('ana');
    expect(ids(ana, community, { feedback: { lucia: 'not-relevant' } })).not.toContain('lucia');
    expect(ids(ana, community, { hidden: new Set(['finca']) })).not.toContain('finca');
  });

  it('gives every recommendation at least one reason, and drops candidates without any', () => {
    const recommendations = rankCandidates(ana, community, context(), { includeCompetitors: true });
    for (const r of recommendations) expect(r.reasons.length, r.id).toBeGreaterThan(0);
    expect(recommendations.map((r) => r.id)).not.toContain('carmen');
  });

  it('sorts by score, breaking ties by id whatever the input order, and honours the limit', () => {
    const twins = [member('b-twin', { offerConcepts: ['floristry'] }), member('a-twin', { offerConcepts: ['floristry'] })];
    expect(ids(ana, twins)).toEqual(['a-twin', 'b-twin']);
    expect(ids(ana, [...twins].reverse())).toEqual(['a-twin', 'b-twin']);
    const recommendations = rankCandidates(ana, community, context());
    const scores = recommendations.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score >= 0 && score <= 100)).toBe(true);
    expect(rankCandidates(ana, community, context(), { limit: 2 }).map((r) => r.id)).toEqual(ids(ana, community).slice(0, 2));
  });

  it('lists the signals that fired and the strongest reason first, without naming the city twice', () => {
    const [top] = rankCandidates(ana, [lucia], context());
    expect(top!.signals.every((s) => s.value > 0)).toBe(true);
    expect(top!.signals.map((s) => s.name)).toContain('reciprocity');
    expect(top!.reasons).toContainEqual({ code: 'bothWantPartners', city: 'Madrid' });
    expect(top!.reasons.some((r) => r.code === 'samePlace')).toBe(false);
  });

  it('moves candidates with mutual connections, recent activity or the viewer’s interest up, and no-shows down', () => {
    const florists = ['a', 'b', 'c', 'd', 'e'].map((id) => member(id, { offerConcepts: ['floristry'] }));
    const [a, b, c, d, e] = florists;
    const ranked = ids(ana, [
      { ...a!, noShows: 4 }, b!, { ...c!, lastActiveAt: '2026-11-25T10:00:00Z' }, d!, e!,
    ], { mutualConnections: (viewer, candidate) => (viewer === 'ana' && candidate === 'd' ? 3 : 0), feedback: { e: 'interested' } });
    expect(ranked).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('returns nothing for an empty list', () => {
    expect(rankCandidates(ana, [], context())).toEqual([]);
  });
});
