import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../taxonomy/taxonomy.ts';
import { smallTaxonomy } from '../test-support/small-taxonomy.ts';
import { buildConceptIndex, mapPhrase, mapPhrases } from './concept-index.ts';

const index = buildConceptIndex(smallTaxonomy);
const ids = (phrase: string) => mapPhrase(index, phrase).map((m) => m.conceptId);
const top = (phrase: string) => mapPhrase(index, phrase)[0];

describe('buildConceptIndex', () => {
  it('indexes every label, synonym and profession name in both languages, inflections once', () => {
    const texts = index.terms.filter((t) => t.conceptId === 'wedding-photography').map((t) => `${t.locale}:${t.text}`);
    expect(texts).toEqual(['es:Fotografía de bodas', 'es:reportaje de boda', 'en:Wedding photography']);
    expect(index.termsByStem.get('fotograf')).toBeDefined();
  });
});

describe('mapPhrase', () => {
  it('finds the concept inside a longer sentence, ignoring request words and gender', () => {
    expect(top('Busco fotógrafa para bodas')).toMatchObject({ conceptId: 'wedding-photography', kind: 'exact', confidence: 1 });
  });

  it('ignores accents and plurals', () => {
    expect(ids('fotografia de bodas')).toEqual(['wedding-photography']);
    expect(ids('Fotógrafos de BODA')).toEqual(['wedding-photography']);
    expect(ids('floristerías')).toEqual(['floristry']);
  });

  it('prefers the specific concept over the general one it contains', () => {
    expect(ids('fotografía de bodas')).not.toContain('photography');
    expect(ids('fotografía')).toEqual(['photography']);
  });

  it('corrects typos by trigram similarity, with lower confidence', () => {
    expect(top('fotogrfía de bodas')).toMatchObject({ conceptId: 'wedding-photography', kind: 'fuzzy' });
    expect(top('photografer')).toMatchObject({ conceptId: 'photography', kind: 'fuzzy' });
    expect(top('fotogrfía de bodas')!.confidence).toBeLessThan(top('bodas, fotografía')!.confidence);
  });

  it('corrects two letters swapped, which leave too few trigrams in common', () => {
    expect(top('wedidng photography')).toMatchObject({ conceptId: 'wedding-photography', kind: 'fuzzy' });
    expect(top('Fotgorafía de bodas')).toMatchObject({ conceptId: 'wedding-photography', kind: 'fuzzy' });
  });

  it('ranks exact term containment over scattered stems over typos', () => {
    const exact = top('fotografía de bodas')!;
    const scattered = top('bodas: fotografía')!;
    const typo = top('fotogrfía de bodas')!;
    expect([exact.kind, scattered.kind, typo.kind]).toEqual(['exact', 'stems', 'fuzzy']);
    expect(exact.confidence).toBeGreaterThan(scattered.confidence);
    expect(scattered.confidence).toBeGreaterThan(typo.confidence);
  });

  it('maps English and Spanish phrasings to the same concept', () => {
    expect(ids('an accountant')).toEqual(['accounting']);
    expect(ids('asesoría fiscal y contable')).toEqual(['tax-advice', 'accounting']);
    expect(ids('asesoria fiscal y contable')).toEqual(['tax-advice', 'accounting']);
    expect(ids('commercial lawyer')).toEqual(ids('abogada mercantil'));
  });

  it('finds a concept whose words are spread through the phrase', () => {
    expect(top('importing Spanish wines into the UK')).toMatchObject({ conceptId: 'wine-import', kind: 'stems' });
  });

  it('finds customer types', () => {
    expect(ids('parejas que se casan en Madrid')).toEqual(['couples-getting-married']);
  });

  it('returns several concepts named in one phrase, best first', () => {
    expect(ids('colaborar con floristerías y fincas para bodas')).toEqual(['wedding-venue', 'floristry']);
  });

  it('reads a concept only from a whole name: one word of a longer name is a coincidence', () => {
    expect(mapPhrase(index, 'bodas')).toEqual([]);
    expect(mapPhrase(index, 'un reportaje')).toEqual([]);
    expect(mapPhrase(index, 'vinos y bodegas')).toMatchObject([{ conceptId: 'winery' }]);
  });

  it('tells what a phrase is about from whom or what it is for', () => {
    expect(mapPhrase(index, 'asesoría contable para pymes').map((m) => [m.conceptId, m.role])).toEqual([
      ['accounting', 'subject'],
      ['small-businesses', 'qualifier'],
    ]);
    // A term that spans the marker ("finca para bodas") is the subject.
    expect(top('fincas para bodas')).toMatchObject({ conceptId: 'wedding-venue', role: 'subject' });
  });

  it('returns nothing for unknown or empty phrases', () => {
    expect(mapPhrase(index, 'clases de yoga')).toEqual([]);
    expect(mapPhrase(index, '  ¿? ')).toEqual([]);
    expect(mapPhrase(index, 'de la para')).toEqual([]);
  });
});

describe('mapPhrases', () => {
  it('returns each concept once with its best confidence, best first', () => {
    const result = mapPhrases(index, ['fotogrfía de bodas', 'wedding photographer', 'decoración floral', 'yoga']);
    expect(result).toEqual([
      { conceptId: 'floristry', confidence: 1 },
      { conceptId: 'wedding-photography', confidence: 1 },
    ]);
  });
});

describe('with the shipped taxonomy', () => {
  const shipped = buildConceptIndex(loadTaxonomy());
  const first = (phrase: string) => mapPhrase(shipped, phrase)[0]?.conceptId;
  const read = (phrase: string) => mapPhrase(shipped, phrase).map((m) => m.conceptId);

  it('maps real phrases in both languages, with and without accents, and with typos', () => {
    expect(first('Busco fotógrafa para bodas')).toBe('wedding-photography');
    expect(first('fotografia de bodas')).toBe('wedding-photography');
    expect(first('fotogrfía de bodas')).toBe('wedding-photography');
    expect(first('wedding photographer')).toBe('wedding-photography');
    expect(first('an accountant')).toBe(first('asesoría fiscal y contable'));
    expect(first('abogada mercantil')).toBe(first('business lawyer'));
    expect(mapPhrase(shipped, 'importing Spanish wines into the UK')[0]?.term).toMatch(/wine/i);
  });

  it('reads every label and synonym of every concept as that concept', () => {
    const unread = loadTaxonomy().concepts.flatMap((concept) =>
      (['es', 'en'] as const)
        .flatMap((locale) => [concept.label[locale], ...concept.synonyms[locale]])
        .filter((name) => !read(name).includes(concept.id))
        .map((name) => `${concept.id}: ${name}`),
    );
    expect(unread).toEqual([]);
  });

  it('tells apart words that share a stem by the very word the phrase uses', () => {
    expect(read('museo')).toEqual(['museums-heritage']);
    expect(read('Músicos')).toEqual(['live-music']);
    expect(read('music')).toEqual(['live-music']);
    expect(read('funding')).toEqual(['business-financing']);
    expect(read('fundación')).toEqual(['ngos']);
    expect(read('Fundadora')).toEqual(['entrepreneurs']);
    expect(read('logo')).toEqual(['branding']);
    expect(read('logística')).toEqual(['warehousing']);
    expect(read('Taxista')).toEqual(['taxi']);
    expect(read('barista')).toEqual(['coffee']);
  });

  it('keeps IT written as an acronym, so IT consulting is not any consulting', () => {
    expect(read('soporte IT')).toEqual(['it-support']);
    expect(read('IT consulting')).toEqual(['digital-transformation']);
    expect(read('consultoría')).toEqual(['business-consulting']);
    expect(read('consulting')).toEqual(['business-consulting']);
  });

  it('maps a phrase to a concept only with reasonable confidence', () => {
    // A trainer's need: "lesiones" once named personal-injury claims, the concept "Accidentes e indemnizaciones".
    expect(read('fisioterapeuta para derivar lesiones')).toEqual(['physiotherapy']);
    // Half a name ("seguro de accidentes", "accidentes laborales").
    expect(read('accidentes')).toEqual([]);
    // A word that shares only its stem with a concept's ("speaking" and "speaker").
    expect(read('English-speaking wedding photographers')).toEqual(['wedding-photography']);
    // Weak typo corrections ("embudos" as "embutido", "reminders" as "renders").
    expect(read('analítica y embudos de venta')).toEqual([]);
    expect(read('patient reminders by SMS')).toEqual([]);
  });
});
