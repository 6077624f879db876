import { describe, expect, it } from 'vitest';
import { member } from '../test-support/members.ts';
import { signalInput, testNow } from '../test-support/signal-input.ts';
import {
  allSignals, goals, interest, mutualConnections, noShows, place, reciprocity, recentActivity, referralPartners,
  sharedCommunities, signalWeights, supplyChain, theyNeedWhatYouOffer, youNeedWhatTheyOffer,
} from './signals.ts';

const photographer = member('ana', { offerConcepts: ['wedding-photography'], goals: ['partners'] });
const florist = member('lucia', { offerConcepts: ['floristry'] });

const sevilla = { city: 'Sevilla', region: 'Andalucía' };

describe('theyNeedWhatYouOffer', () => {
  it('fires when the candidate needs what the viewer offers, stronger with two concepts', () => {
    const one = theyNeedWhatYouOffer(signalInput(photographer, member('x', { needConcepts: ['wedding-photography'] })));
    expect(one).toEqual({
      name: 'theyNeedWhatYouOffer', weight: 30, value: 0.75,
      reason: { code: 'theyNeedWhatYouOffer', concept: 'wedding-photography' },
    });
    const viewer = member('v', { offerConcepts: ['accounting', 'tax-advice'] });
    expect(theyNeedWhatYouOffer(signalInput(viewer, member('x', { needConcepts: ['tax-advice', 'accounting'] }))))
      .toMatchObject({ value: 1, reason: { concept: 'tax-advice' } });
  });
  it('weakens with distance unless the viewer works remotely', () => {
    const far = member('x', { needConcepts: ['wedding-photography'], ...sevilla });
    expect(theyNeedWhatYouOffer(signalInput(photographer, far)).value).toBeCloseTo(0.75 * 0.65);
    expect(theyNeedWhatYouOffer(signalInput({ ...photographer, remote: true }, far)).value).toBe(0.75);
  });
  it('counts a substitute for what they need, naming their need', () => {
    expect(theyNeedWhatYouOffer(signalInput(photographer, member('x', { needConcepts: ['photography'] }))))
      .toMatchObject({ value: 0.5, reason: { code: 'theyNeedWhatYouOffer', concept: 'photography' } });
  });
  it('fires when the candidate’s business is the customer type the viewer looks for', () => {
    const agent = member('v', { offerConcepts: ['estate-agent'], needConcepts: ['home-buyers'] });
    expect(theyNeedWhatYouOffer(signalInput(agent, member('x', { businessTypes: ['home-buyers'] }))))
      .toMatchObject({ value: 0.6, reason: { code: 'theyAreYourTargetClient', concept: 'home-buyers' } });
  });
  it('is 0 otherwise', () => {
    expect(theyNeedWhatYouOffer(signalInput(photographer, florist))).toEqual({ name: 'theyNeedWhatYouOffer', weight: 30, value: 0 });
  });
});

describe('youNeedWhatTheyOffer', () => {
  it('fires when the candidate offers what the viewer needs, weaker if they are far and local', () => {
    const viewer = member('v', { needConcepts: ['floristry'] });
    expect(youNeedWhatTheyOffer(signalInput(viewer, florist)))
      .toMatchObject({ value: 0.75, reason: { code: 'youNeedWhatTheyOffer', concept: 'floristry' } });
    expect(youNeedWhatTheyOffer(signalInput(viewer, { ...florist, ...sevilla })).value).toBeCloseTo(0.75 * 0.65);
    expect(youNeedWhatTheyOffer(signalInput(viewer, { ...florist, ...sevilla, remote: true })).value).toBe(0.75);
  });
  it('counts a substitute, naming what they offer', () => {
    const viewer = member('v', { needConcepts: ['photography'] });
    expect(youNeedWhatTheyOffer(signalInput(viewer, photographer)))
      .toMatchObject({ value: 0.5, reason: { code: 'youNeedWhatTheyOffer', concept: 'wedding-photography' } });
  });
  it('fires when the candidate looks for customers like the viewer’s business', () => {
    const startup = member('v', { businessTypes: ['startups'] });
    expect(youNeedWhatTheyOffer(signalInput(startup, member('x', { needConcepts: ['startups'] }))))
      .toMatchObject({ value: 0.6, reason: { code: 'youAreTheirTargetClient', concept: 'startups' } });
  });
});

describe('reciprocity', () => {
  const accountant = member('v', { offerConcepts: ['accounting'], needConcepts: ['business-law'] });
  const lawyer = member('c', { offerConcepts: ['business-law'], needConcepts: ['accounting'] });
  it('is full when each needs what the other offers', () => {
    expect(reciprocity(signalInput(accountant, lawyer))).toMatchObject({ value: 1, reason: { code: 'mutualBenefit' } });
  });
  it('is partial when one side gains through a typical supply relation', () => {
    const winery = member('w', { offerConcepts: ['winery'], needConcepts: ['accounting'] });
    expect(reciprocity(signalInput(winery, member('i', { offerConcepts: ['wine-import', 'accounting'] }))).value).toBe(0.6);
  });
  it('weakens with the distance either local business would have to serve across', () => {
    expect(reciprocity(signalInput(accountant, { ...lawyer, ...sevilla })).value).toBeCloseTo(0.65);
    expect(reciprocity(signalInput({ ...accountant, remote: true }, { ...lawyer, ...sevilla })).value).toBeCloseTo(0.65);
    expect(reciprocity(signalInput({ ...accountant, remote: true }, { ...lawyer, ...sevilla, remote: true })).value).toBe(1);
  });
  it('is 0 for one-way interest', () => {
    expect(reciprocity(signalInput(photographer, member('x', { needConcepts: ['wedding-photography'] }))).value).toBe(0);
  });
});

describe('referralPartners', () => {
  it('is strongest for complementary offers nearby, or when one works remotely', () => {
    expect(referralPartners(signalInput(photographer, florist))).toMatchObject({
      value: 1, reason: { code: 'complementaryServices', yours: 'wedding-photography', theirs: 'floristry' },
    });
    expect(referralPartners(signalInput(photographer, { ...florist, ...sevilla })).value).toBeCloseTo(0.65);
    expect(referralPartners(signalInput(photographer, { ...florist, ...sevilla, remote: true })).value).toBe(1);
  });
  it('counts customer types both serve, most within a sphere both work in', () => {
    const caterer = member('c', { offerConcepts: ['catering'] });
    expect(referralPartners(signalInput(photographer, caterer)))
      .toMatchObject({ value: 0.85, reason: { code: 'sameClients', concept: 'couples-getting-married' } });
    const lawyerForSmes = member('v', { offerConcepts: ['business-law', 'small-businesses'] });
    const investorSeekingSmes = member('c', { offerConcepts: ['angel-investment'], needConcepts: ['small-businesses'] });
    expect(referralPartners(signalInput(lawyerForSmes, investorSeekingSmes)))
      .toMatchObject({ value: 0.5, reason: { code: 'sameClients', concept: 'small-businesses' } });
  });
  it('counts a shared contact sphere with different offers', () => {
    const taxAdviser = member('v', { offerConcepts: ['tax-advice'] });
    expect(referralPartners(signalInput(taxAdviser, member('c', { offerConcepts: ['business-law'] }))))
      .toMatchObject({ value: 0.7, reason: { code: 'sameSphereNoCompetition', sphere: 'business-services' } });
  });
  it('treats the same trade in another city as a colleague to pass work to', () => {
    const colleague = member('c', { offerConcepts: ['wedding-photography'], ...sevilla });
    expect(referralPartners(signalInput(photographer, colleague)))
      .toMatchObject({ value: 0.4, reason: { code: 'sameTradeElsewhere', concept: 'wedding-photography', place: 'Sevilla' } });
  });
  it('is 0 for competitors, however complementary', () => {
    const rival = member('c', { offerConcepts: ['wedding-photography', 'floristry'] });
    const input = signalInput(member('v', { offerConcepts: ['wedding-photography', 'wedding-venue'] }), rival);
    expect(input.competitor).toBe(true);
    expect(referralPartners(input).value).toBe(0);
  });
});

describe('supplyChain', () => {
  const venue = member('v', { offerConcepts: ['wedding-venue'] });
  const accountant = member('c', { offerConcepts: ['accounting'] });
  it('fires when the candidate typically supplies businesses like the viewer’s, or the reverse, at any distance', () => {
    expect(supplyChain(signalInput(venue, accountant)))
      .toMatchObject({ value: 1, reason: { code: 'theySupplyYourBusiness', concept: 'accounting' } });
    expect(supplyChain(signalInput(accountant, { ...venue, country: 'GB', city: 'London', region: 'England' })))
      .toMatchObject({ value: 1, reason: { code: 'youSupplyTheirBusiness', concept: 'accounting' } });
    expect(supplyChain(signalInput(photographer, florist)).value).toBe(0);
  });
  it('reaches the customer type the viewer’s business is', () => {
    const startup = member('v', { businessTypes: ['startups'] });
    expect(supplyChain(signalInput(startup, member('c', { offerConcepts: ['business-law'] }))))
      .toMatchObject({ reason: { code: 'theySupplyYourBusiness', concept: 'business-law' } });
  });
  it('stays silent where a stated need already says it', () => {
    expect(supplyChain(signalInput({ ...venue, needConcepts: ['accounting'] }, accountant)).value).toBe(0);
  });
});

describe('goals', () => {
  it('pairs members who both want partners, naming the city they share', () => {
    const partner = member('c', { goals: ['partners'] });
    expect(goals(signalInput(photographer, partner))).toMatchObject({ value: 0.8, reason: { code: 'bothWantPartners', city: 'Madrid' } });
    const far = member('c', { goals: ['partners'], city: 'Bilbao' });
    expect(goals(signalInput(photographer, far)).reason).toEqual({ code: 'bothWantPartners' });
  });
  it('matches a founder looking for investors with an investor, both ways', () => {
    const founder = member('v', { goals: ['investors'] });
    const angel = member('c', { offerConcepts: ['angel-investment'] });
    expect(goals(signalInput(founder, angel)))
      .toMatchObject({ value: 1, reason: { code: 'offersWhatYouSeek', goal: 'investors', concept: 'angel-investment' } });
    expect(goals(signalInput(angel, founder)))
      .toMatchObject({ value: 1, reason: { code: 'seeksWhatYouOffer', goal: 'investors', concept: 'angel-investment' } });
  });
  it('adds weight without a reason of its own when clients or suppliers goals fit a need', () => {
    const seller = member('v', { goals: ['clients'], offerConcepts: ['accounting'] });
    const buyer = member('c', { needConcepts: ['accounting'] });
    expect(goals(signalInput(seller, buyer))).toEqual({ name: 'goals', weight: 12, value: 0.9 });
    expect(goals(signalInput(member('v', { goals: ['clients'] }), buyer)).value).toBe(0);
  });
});

describe('place', () => {
  it('ranks same city over same region over same country', () => {
    const v = member('v');
    expect(place(signalInput(v, member('c')))).toMatchObject({ value: 1, reason: { code: 'samePlace', city: 'Madrid' } });
    expect(place(signalInput(v, member('c', { city: 'Alcalá de Henares' }))))
      .toMatchObject({ value: 0.7, reason: { code: 'sameRegion', region: 'Comunidad de Madrid' } });
    expect(place(signalInput(v, member('c', { city: 'Sevilla', region: 'Andalucía' })))).toEqual({ name: 'place', weight: 10, value: 0.4 });
    expect(place(signalInput(v, member('c', { city: 'London', region: 'England', country: 'GB' }))).value).toBe(0);
  });
  it('ignores accents and case in place names, and a namesake city in another country', () => {
    expect(place(signalInput(member('v', { city: 'València' }), member('c', { city: 'valencia' }))).value).toBe(1);
    expect(place(signalInput(member('v', { city: 'Valencia', region: '' }), member('c', { city: 'Valencia', region: '', country: 'VE' }))).value).toBe(0);
  });
  it('lets remote work make up for distance', () => {
    const far = { city: 'London', region: 'England', country: 'GB' };
    expect(place(signalInput(member('v'), member('c', { ...far, remote: true })))).toMatchObject({ value: 0.6, reason: { code: 'remoteWork', who: 'they' } });
    expect(place(signalInput(member('v', { remote: true }), member('c', far))).reason).toEqual({ code: 'remoteWork', who: 'you' });
    expect(place(signalInput(member('v', { remote: true }), member('c', { ...far, remote: true }))).reason).toEqual({ code: 'remoteWork', who: 'both' });
  });
});

describe('sharedCommunities', () => {
  it('names the first shared community and counts them', () => {
    const v = member('v', { communities: ['camara-madrid', 'bodas-es'] });
    expect(sharedCommunities(signalInput(v, member('c', { communities: ['bodas-es'] }))))
      .toMatchObject({ value: 0.7, reason: { code: 'sharedCommunity', community: 'bodas-es', count: 1 } });
    expect(sharedCommunities(signalInput(v, member('c', { communities: ['bodas-es', 'camara-madrid'] })))).toMatchObject({ value: 1 });
    expect(sharedCommunities(signalInput(v, member('c'))).value).toBe(0);
  });
});

describe('mutualConnections', () => {
  it('grows with each contact in common, with diminishing returns', () => {
    const at = (count: number) => mutualConnections(signalInput(member('v'), member('c'), { mutualConnections: count }));
    expect(at(0).value).toBe(0);
    expect(at(1)).toMatchObject({ value: 0.5, reason: { code: 'mutualConnections', count: 1 } });
    expect(at(3).value).toBe(0.875);
  });
});

describe('recentActivity', () => {
  it('favours members active lately, and gives no reason', () => {
    const activeOn = (iso?: string) => recentActivity(signalInput(member('v'), member('c', { lastActiveAt: iso }))).value;
    expect(activeOn('2026-11-24T09:00:00Z')).toBe(1);
    expect(activeOn('2026-11-10T09:00:00Z')).toBe(0.6);
    expect(activeOn('2026-09-10T09:00:00Z')).toBe(0.25);
    expect(activeOn('2025-01-01T09:00:00Z')).toBe(0);
    expect(activeOn(undefined)).toBe(0);
    expect(activeOn('not a date')).toBe(0);
    expect(recentActivity(signalInput(member('v'), member('c', { lastActiveAt: testNow.toISOString() }))).reason).toBeUndefined();
  });
});

describe('interest and noShows', () => {
  it('raises candidates the viewer marked as interesting', () => {
    expect(interest(signalInput(member('v'), member('c'), { feedback: 'interested' })).value).toBe(1);
    expect(interest(signalInput(member('v'), member('c'))).value).toBe(0);
  });
  it('lowers members who repeatedly missed meetings, forgiving the first', () => {
    const missed = (noShowCount: number) => noShows(signalInput(member('v'), member('c', { noShows: noShowCount })));
    expect(missed(0).value).toBe(0);
    expect(missed(1).value).toBe(0);
    expect(missed(2).value).toBeCloseTo(1 / 3);
    expect(missed(4).value).toBe(1);
    expect(missed(9).value).toBe(1);
    expect(missed(9).weight).toBeLessThan(0);
  });
});

describe('allSignals', () => {
  it('computes every weighted signal once, each named after its weight', () => {
    const names = allSignals.map((compute) => compute(signalInput(photographer, florist)).name);
    expect(names).toEqual(Object.keys(signalWeights));
  });
});
