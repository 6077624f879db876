import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locale.ts';
import { member } from '../test-support/members.ts';
import { smallRelations, testNow } from '../test-support/signal-input.ts';
import { rankCandidates } from './rank.ts';
import { reasonText } from './reason-text.ts';
import type { Reason } from './types.ts';

const text = (reason: Reason, locale: Locale) => reasonText(reason, locale, smallRelations.labels);

describe('reasonText', () => {
  it('says why in Spanish, with concept and sphere labels in Spanish', () => {
    expect(text({ code: 'theyNeedWhatYouOffer', concept: 'wedding-photography' }, 'es'))
      .toBe('Necesita fotografía de bodas, justo lo que ofreces');
    expect(text({ code: 'sameSphereNoCompetition', sphere: 'weddings-events' }, 'es'))
      .toBe('Servís a los mismos clientes (bodas y eventos) sin competir');
    expect(text({ code: 'bothWantPartners', city: 'Valencia' }, 'es')).toBe('Busca socios en Valencia, y tú también estás allí');
    expect(text({ code: 'mutualConnections', count: 3 }, 'es')).toBe('3 contactos en común');
    expect(text({ code: 'mutualConnections', count: 1 }, 'es')).toBe('1 contacto en común');
    expect(text({ code: 'mutualBenefit' }, 'es')).toBe('Os podéis ayudar mutuamente: 1 + 1 = 3');
    expect(text({ code: 'complementaryServices', yours: 'wedding-photography', theirs: 'floristry' }, 'es'))
      .toBe('Lo suyo (floristería) complementa lo tuyo (fotografía de bodas): podéis recomendaros clientes');
  });

  it('says why in English, without guessing anyone’s gender', () => {
    expect(text({ code: 'theyNeedWhatYouOffer', concept: 'wedding-photography' }, 'en')).toBe('They need wedding photography — you offer it');
    expect(text({ code: 'sameSphereNoCompetition', sphere: 'weddings-events' }, 'en'))
      .toBe('You serve the same clients (weddings & events) without competing');
    expect(text({ code: 'bothWantPartners', city: 'Valencia' }, 'en')).toBe('They want partners in Valencia, and you are there too');
    expect(text({ code: 'mutualConnections', count: 3 }, 'en')).toBe('3 contacts in common');
    expect(text({ code: 'offersWhatYouSeek', goal: 'investors', concept: 'angel-investment' }, 'en'))
      .toBe('They offer angel investment, and you are looking for investors');
  });

  it('keeps acronyms and title-case names as written, and shows community names when given', () => {
    const labels = {
      ...smallRelations.labels,
      concept: (id: string) => (id === 'seo' ? 'SEO' : 'Google Ads'),
      community: (slug: string) => (slug === 'camara-madrid' ? 'Cámara de Madrid' : slug),
    };
    expect(reasonText({ code: 'youNeedWhatTheyOffer', concept: 'seo' }, 'es', labels)).toBe('Ofrece SEO, que es lo que buscas');
    expect(reasonText({ code: 'youNeedWhatTheyOffer', concept: 'ads' }, 'es', labels)).toBe('Ofrece Google Ads, que es lo que buscas');
    expect(reasonText({ code: 'sharedCommunity', community: 'camara-madrid', count: 1 }, 'es', labels)).toBe('Los dos sois de Cámara de Madrid');
    expect(text({ code: 'sharedCommunity', community: 'camara-madrid', count: 2 }, 'en')).toBe('You share 2 communities, including camara-madrid');
  });

  it('has a distinct text in each language for every reason', () => {
    const reasons: Reason[] = [
      { code: 'theyNeedWhatYouOffer', concept: 'catering' },
      { code: 'youNeedWhatTheyOffer', concept: 'catering' },
      { code: 'theyAreYourTargetClient', concept: 'startups' },
      { code: 'youAreTheirTargetClient', concept: 'startups' },
      { code: 'mutualBenefit' },
      { code: 'complementaryServices', yours: 'catering', theirs: 'wedding-venue' },
      { code: 'sameClients', concept: 'couples-getting-married' },
      { code: 'sameSphereNoCompetition', sphere: 'weddings-events' },
      { code: 'sameTradeElsewhere', concept: 'catering', place: 'Sevilla' },
      { code: 'theySupplyYourBusiness', concept: 'accounting' },
      { code: 'youSupplyTheirBusiness', concept: 'accounting' },
      { code: 'bothWantPartners' },
      { code: 'offersWhatYouSeek', goal: 'mentors', concept: 'business-law' },
      { code: 'seeksWhatYouOffer', goal: 'learning', concept: 'business-law' },
      { code: 'samePlace', city: 'Madrid' },
      { code: 'sameRegion', region: 'Andalucía' },
      { code: 'remoteWork', who: 'they' },
      { code: 'remoteWork', who: 'you' },
      { code: 'remoteWork', who: 'both' },
      { code: 'sharedCommunity', community: 'bodas', count: 1 },
      { code: 'mutualConnections', count: 2 },
    ];
    const es = reasons.map((r) => text(r, 'es'));
    const en = reasons.map((r) => text(r, 'en'));
    expect(new Set(es).size).toBe(reasons.length);
    expect(new Set(en).size).toBe(reasons.length);
    es.forEach((sentence, i) => expect(sentence, sentence).not.toBe(en[i]));
    for (const sentence of [...es, ...en]) expect(sentence).toMatch(/^[\p{Lu}\d]/u);
  });

  it('renders a ranking’s reasons in the viewer’s language', () => {
    const candidates = [
      member('lucia', { goals: ['partners'], offerConcepts: ['floristry'], needConcepts: ['wedding-photography'], languages: ['es', 'en'] }),
    ];
    const viewer = member('ana', { goals: ['partners'], offerConcepts: ['wedding-photography'], needConcepts: ['floristry'] });
    const context = { relations: smallRelations, now: testNow };
    const [es] = rankCandidates(viewer, candidates, context);
    const [en] = rankCandidates({ ...viewer, locale: 'en', languages: ['en'] }, candidates, context);
    expect(es!.reasons.map((r) => text(r, 'es'))).toContain('Ofrece floristería, que es lo que buscas');
    expect(en!.reasons.map((r) => text(r, 'en'))).toContain('They offer floristry — just what you need');
  });
});
