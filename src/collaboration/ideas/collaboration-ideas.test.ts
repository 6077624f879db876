import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locale.ts';
import { relationIndex } from '../../matching/indexes.ts';
import { collaborationIdeasFor } from './collaboration-ideas.ts';
import { ideaContextFrom } from './idea-context.ts';
import type { CollaborationIdea, IdeaFormat, IdeaKind, IdeaPair, IdeaSide } from './types.ts';

// The shipped taxonomy, through the same adapter the app uses.
const context = ideaContextFrom(relationIndex());
const ideas = (pair: IdeaPair, locale: Locale) => collaborationIdeasFor(pair, context, locale);
const formats = (list: CollaborationIdea[]) => list.map((idea) => idea.format);

const inMadrid = { city: 'Madrid', country: 'ES' };
const side = (offers: string[], extra: Partial<IdeaSide> = {}): IdeaSide => ({ offers, needs: [], ...inMadrid, ...extra });

interface SpherePair {
  name: string;
  pair: IdeaPair;
  /** The best ideas, in order. */
  top: IdeaFormat[];
  /** Formats that must not be proposed. */
  never?: IdeaFormat[];
  /** The sub-kind a format must carry. */
  kinds?: Partial<Record<IdeaFormat, IdeaKind>>;
  /** Words the first idea's rationale names, in each language. */
  mentions: Record<Locale, string[]>;
}

const spherePairs: SpherePair[] = [
  {
    name: 'wedding photographer + florist: a wedding package and referrals',
    pair: { a: side(['wedding-photography']), b: side(['floristry']) },
    top: ['jointOffer', 'mutualReferral', 'sharedEvent', 'coMarketing'],
    never: ['subcontracting', 'jointVenture', 'knowledgeExchange'],
    kinds: { coMarketing: 'contentSwap' },
    mentions: { es: ['parejas que se casan', 'fotografía de bodas', 'floristería'], en: ['couples getting married', 'wedding photography', 'floristry'] },
  },
  {
    name: 'accountant for startups + business lawyer: a set-up service for founders',
    pair: { a: side(['accounting', 'startups']), b: side(['business-law']) },
    top: ['jointOffer', 'mutualReferral', 'coMarketing'],
    never: ['subcontracting', 'jointVenture'],
    kinds: { coMarketing: 'jointWebinar' },
    mentions: { es: ['para startups', 'asesoría contable', 'derecho mercantil'], en: ['for startups', 'accounting', 'business law'] },
  },
  {
    name: 'winery + UK wine importer: a distribution agreement',
    pair: {
      a: side(['winery'], { city: 'Haro', goals: ['clients'] }),
      b: side(['wine-import', 'uk-market'], { needs: ['winery'], city: 'London', country: 'GB' }),
    },
    top: ['distribution'],
    never: ['subcontracting', 'knowledgeExchange'],
    kinds: { distribution: 'distribution' },
    mentions: { es: ['Reino Unido', 'importación de vino'], en: ['United Kingdom', 'wine import'] },
  },
  {
    name: 'web developer + graphic designer: subcontracting each other, a joint offer',
    pair: {
      a: side(['web-design'], { needs: ['graphic-design'] }),
      b: side(['graphic-design', 'branding'], { needs: ['web-design'] }),
    },
    top: ['subcontracting', 'jointOffer', 'mutualReferral'],
    never: ['knowledgeExchange'],
    mentions: { es: ['diseño web', 'diseño gráfico'], en: ['web design', 'graphic design'] },
  },
  {
    name: 'physiotherapist + personal trainer looking for partners: a package, referrals, a venture',
    pair: { a: side(['physiotherapy'], { goals: ['partners'] }), b: side(['personal-training'], { goals: ['partners'] }) },
    top: ['jointOffer', 'mutualReferral', 'jointVenture', 'coMarketing'],
    kinds: { coMarketing: 'workshop' },
    mentions: { es: ['deportistas', 'fisioterapia', 'entrenamiento personal'], en: ['athletes', 'physiotherapy', 'personal training'] },
  },
  {
    name: 'estate agent + mortgage broker: a home-buying package',
    pair: { a: side(['real-estate-agency']), b: side(['mortgage-broking']) },
    top: ['jointOffer', 'mutualReferral', 'coMarketing'],
    kinds: { coMarketing: 'sharedNewsletter' },
    mentions: { es: ['compradores de vivienda', 'intermediación hipotecaria'], en: ['home buyers', 'mortgage broking'] },
  },
  {
    name: 'estate agent + interior designer who stages homes: subcontracting the staging',
    pair: { a: side(['real-estate-agency']), b: side(['interior-design', 'home-staging']) },
    top: ['subcontracting', 'mutualReferral', 'coMarketing'],
    never: ['jointVenture'],
    mentions: { es: ['home staging', 'agencia inmobiliaria'], en: ['home staging', 'estate agency'] },
  },
  {
    name: 'marketing consultant + copywriter: subcontracting and co-marketing',
    pair: { a: side(['digital-marketing'], { needs: ['copywriting'] }), b: side(['copywriting']) },
    top: ['subcontracting', 'mutualReferral', 'coMarketing'],
    kinds: { coMarketing: 'contentSwap' },
    mentions: { es: ['marketing digital', 'copywriting'], en: ['digital marketing', 'copywriting'] },
  },
  {
    name: 'event planner + caterer: a shared event, catering subcontracted',
    pair: { a: side(['event-management']), b: side(['catering']) },
    top: ['sharedEvent', 'subcontracting'],
    mentions: { es: ['organización de eventos', 'catering'], en: ['event management', 'catering'] },
  },
  {
    name: 'IT consultant + cybersecurity firm: a joint offer',
    pair: { a: side(['digital-transformation']), b: side(['cybersecurity']) },
    top: ['jointOffer', 'mutualReferral', 'coMarketing'],
    kinds: { coMarketing: 'jointWebinar' },
    mentions: { es: ['transformación digital', 'ciberseguridad'], en: ['digital transformation', 'cybersecurity'] },
  },
  {
    name: 'two accountants in different cities: overflow referrals and know-how, never a venture',
    pair: {
      a: side(['accounting'], { goals: ['partners'] }),
      b: side(['accounting'], { city: 'Sevilla', goals: ['partners'] }),
    },
    top: ['mutualReferral', 'knowledgeExchange'],
    never: ['jointVenture', 'jointOffer', 'subcontracting', 'coMarketing'],
    mentions: { es: ['asesoría contable', 'Madrid', 'Sevilla'], en: ['accounting', 'Madrid', 'Sevilla'] },
  },
  {
    name: 'olive-oil producer + gourmet shop: a reseller agreement',
    pair: { a: side(['olive-oil']), b: side(['gourmet-foods']) },
    top: ['distribution'],
    kinds: { distribution: 'reseller' },
    mentions: { es: ['acuerdo de reventa', 'aceite de oliva'], en: ['reseller agreement', 'olive oil'] },
  },
];

// Words that give away a template in the other language; labels are the taxonomy's own.
const englishWords = /\b(the|and|with|for|to|of|you|your|each|other|both|clients?|joint|offer|work)\b/i;
const spanishWords = /\b(el|la|los|las|del|para|con|que|una?|y|os|cada|otro|clientes|conjunt[oa]|oferta)\b/i;

describe('collaborationIdeasFor', () => {
  it('is given only concepts the taxonomy knows', () => {
    const used = spherePairs.flatMap(({ pair }) => [pair.a, pair.b].flatMap((s) => [...s.offers, ...s.needs]));
    expect(used.filter((id) => !context.kinds.has(id))).toEqual([]);
  });

  describe.each(spherePairs)('$name', ({ pair, top, never = [], kinds = {}, mentions }) => {
    it.each(['es', 'en'] as const)('proposes the expected formats in order, in %s', (locale) => {
      const list = ideas(pair, locale);
      expect(formats(list).slice(0, top.length)).toEqual(top);
      expect(formats(list).filter((format) => never.includes(format))).toEqual([]);
      expect(new Set(formats(list)).size).toBe(list.length);
      for (const [format, kind] of Object.entries(kinds)) expect(list.find((idea) => idea.format === format)?.kind).toBe(kind);
      const first = list[0]!.rationale.toLocaleLowerCase(locale);
      for (const word of mentions[locale]) expect(first).toContain(word.toLocaleLowerCase(locale));
    });

    it.each(['es', 'en'] as const)('explains every idea and what each side gains, in %s only', (locale) => {
      const otherLanguage = locale === 'es' ? englishWords : spanishWords;
      for (const idea of ideas(pair, locale)) {
        for (const text of [idea.rationale, idea.gains.a, idea.gains.b]) {
          expect(text.length, text).toBeGreaterThan(20);
          expect(text, text).not.toMatch(otherLanguage);
        }
        expect(idea.fit).toBeGreaterThan(0);
        expect(idea.fit).toBeLessThanOrEqual(1);
        expect(idea.concepts.length).toBeGreaterThan(0);
        expect(idea.concepts.every((id) => context.kinds.has(id))).toBe(true);
      }
    });

    it('ranks the same ideas in both languages, the same way every time, whichever side asks', () => {
      const strip = (list: CollaborationIdea[]) => list.map(({ format, kind, fit, concepts }) => ({ format, kind, fit, concepts }));
      expect(strip(ideas(pair, 'es'))).toEqual(strip(ideas(pair, 'en')));
      expect(ideas(pair, 'es')).toEqual(ideas(pair, 'es'));
      const swapped = ideas({ a: pair.b, b: pair.a }, 'en');
      expect(formats(swapped)).toEqual(formats(ideas(pair, 'en')));
      expect(swapped.map((idea) => idea.gains)).toEqual(ideas(pair, 'en').map(({ gains }) => ({ a: gains.b, b: gains.a })));
    });
  });

  it('orders by fit, best first', () => {
    for (const { pair } of spherePairs) {
      const fits = ideas(pair, 'es').map((idea) => idea.fit);
      expect(fits).toEqual([...fits].sort((x, y) => y - x));
    }
  });

  it('says what the contractor and the subcontractor each gain', () => {
    const [idea] = ideas({ a: side(['digital-marketing'], { needs: ['copywriting'] }), b: side(['copywriting']) }, 'es');
    expect(idea).toMatchObject({
      format: 'subcontracting',
      rationale: 'Subcontratación: los proyectos de marketing digital incluyen copywriting y redacción; encargarlo al otro evita contratar a nadie',
      gains: {
        a: 'Apoyo en copywriting y redacción para completar los proyectos, sin ampliar plantilla',
        b: 'Encargos recurrentes de copywriting y redacción, sin tener que buscar clientes',
      },
      concepts: ['copywriting', 'digital-marketing'],
    });
  });

  it('words the wedding package naturally in both languages', () => {
    const pair = { a: side(['wedding-photography']), b: side(['floristry']) };
    expect(ideas(pair, 'es')[0]).toEqual({
      format: 'jointOffer',
      rationale: 'Oferta conjunta para parejas que se casan: fotografía de bodas + floristería en una sola propuesta, con un único interlocutor',
      gains: {
        a: 'Más clientes de fotografía de bodas, que llegan con la propuesta que incluye floristería',
        b: 'Más clientes de floristería, que llegan con la propuesta que incluye fotografía de bodas',
      },
      fit: 0.85,
      concepts: ['wedding-photography', 'floristry', 'couples-getting-married'],
    });
    expect(ideas(pair, 'en')[0]?.rationale).toBe(
      'A joint offer for couples getting married: wedding photography + floristry in one package, with a single point of contact',
    );
  });

  it('proposes a joint venture only when both look for partners or investment', () => {
    const pair = (goalsA: IdeaSide['goals'], goalsB: IdeaSide['goals']) =>
      formats(ideas({ a: side(['physiotherapy'], { goals: goalsA }), b: side(['personal-training'], { goals: goalsB }) }, 'es'));
    expect(pair(['clients'], ['clients'])).not.toContain('jointVenture');
    expect(pair(['partners'], ['clients'])).not.toContain('jointVenture');
    expect(pair(['partners'], ['investors'])).toContain('jointVenture');
  });

  it('gives direct competitors in one city nothing, or only know-how and speciality referrals', () => {
    expect(ideas({ a: side(['accounting']), b: side(['accounting'], { goals: ['partners'] }) }, 'es')).toEqual([]);
    const neighbours = ideas({ a: side(['accounting'], { goals: ['partners'] }), b: side(['tax-advice'], { goals: ['partners'] }) }, 'en');
    expect(formats(neighbours).sort()).toEqual(['knowledgeExchange', 'mutualReferral']);
    expect(neighbours.find((idea) => idea.format === 'mutualReferral')?.rationale).toBe('Send each other the jobs in your own speciality: accounting on one side, tax advice on the other');
  });

  it('treats a colleague who works remotely as a competitor, not as someone elsewhere', () => {
    expect(ideas({ a: side(['accounting']), b: side(['accounting'], { city: 'Sevilla', remote: true }) }, 'es')).toEqual([]);
  });

  it('has nothing to propose for unrelated trades, in either language', () => {
    const pair = { a: side(['wedding-photography']), b: side(['cnc-machining']) };
    expect(ideas(pair, 'es')).toEqual([]);
    expect(ideas(pair, 'en')).toEqual([]);
    expect(ideas({ a: side([]), b: side(['floristry']) }, 'es')).toEqual([]);
  });
});
