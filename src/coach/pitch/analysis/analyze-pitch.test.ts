import { describe, expect, it } from 'vitest';
import { analyzePitch, criterionWeights } from './analyze-pitch.ts';
import { rankedPitches } from './fixtures/ranked-pitches.ts';
import type { PitchLanguage } from './types.ts';

const languages: PitchLanguage[] = ['es', 'en'];

describe.each(languages)('analyzePitch (%s)', (language) => {
  const pitches = rankedPitches[language];

  it('scores the expert-ranked pitches strictly in the expert’s order, strong → weak', () => {
    expect(pitches.length).toBeGreaterThanOrEqual(10);
    const scores = pitches.map(({ text }) => analyzePitch(text, { language }).score);
    for (let rank = 1; rank < scores.length; rank++) expect(scores[rank], `${pitches[rank]!.why}: ${scores.join(' > ')}`).toBeLessThan(scores[rank - 1]!);
  });

  it('gives a pitch with every part, proof and an ask at least 75, and buzzword soup at most 35', () => {
    const strong = analyzePitch(pitches[0]!.text, { language });
    expect(strong.score).toBeGreaterThanOrEqual(75);
    expect(strong.criteria.structure.score).toBe(100);
    expect(strong.criteria.ask.score).toBe(100);
    const soup = pitches.find(({ why }) => why === 'buzzword soup')!;
    expect(analyzePitch(soup.text, { language }).score).toBeLessThanOrEqual(35);
  });

  it('returns every criterion scored 0–100, and an overall score that is their weighted mean', () => {
    for (const { text } of pitches) {
      const analysis = analyzePitch(text, { language });
      expect(Object.keys(analysis.criteria).sort()).toEqual(Object.keys(criterionWeights).sort());
      let weighted = 0;
      for (const [name, { score }] of Object.entries(analysis.criteria)) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        weighted += (score * criterionWeights[name as keyof typeof criterionWeights]) / 100;
      }
      expect(analysis.score).toBe(Math.round(weighted));
      expect(analysis.detectedLanguage === null || analysis.detectedLanguage === language).toBe(true);
    }
  });

  it('quotes weak phrases exactly as they appear in the text', () => {
    for (const { text } of pitches)
      for (const { quote } of analyzePitch(text, { language }).suggestions) if (quote) expect(text).toContain(quote.replace(/…$/, ''));
  });
});

describe('suggestions speak the analysis language', () => {
  const soup = { es: rankedPitches.es.at(-2)!.text, en: rankedPitches.en.at(-2)!.text };

  it('in Spanish with «quotes», in English with “quotes”', () => {
    const spanish = analyzePitch(soup.es, { language: 'es' }).suggestions;
    const english = analyzePitch(soup.en, { language: 'en' }).suggestions;
    expect(spanish.find((s) => s.quote === 'líderes del sector')!.message).toContain('«líderes del sector» no dice nada');
    expect(english.find((s) => s.quote === 'best-in-class')!.message).toContain('“best-in-class” says nothing');
    expect(spanish.map((s) => s.message).join(' ')).not.toMatch(/\b(the|your|you)\b/);
    expect(english.map((s) => s.message).join(' ')).not.toMatch(/\b(el|tu|que|una)\b/);
  });

  it('put the criteria that lost the most points first', () => {
    const suggestions = analyzePitch(soup.es, { language: 'es' }).suggestions;
    expect(suggestions[0]!.criterion).toBe('clarity');
  });
});

describe('bad input gets guidance, never an error', () => {
  it.each(languages)('empty or blank text scores 0 and says what to write (%s)', (language) => {
    for (const text of ['', '   \n\t  ', '… !!! 🙂']) {
      const analysis = analyzePitch(text, { language });
      expect(analysis).toMatchObject({ score: 0, words: 0, seconds: 0 });
      for (const { score } of Object.values(analysis.criteria)) expect(score).toBe(0);
      expect(analysis.suggestions.map((s) => s.criterion)).toEqual(['length', 'structure', 'structure', 'structure', 'structure', 'structure', 'ask']);
      expect(analysis.suggestions[0]!.message).toMatch(language === 'es' ? /^Aún no hay texto.*unas 65 palabras/ : /^There is no text.*about 65 words/);
    }
  });

  it('a 5,000-word text is analysed fast, scores 0 for length and is told to cut to ~65 words', () => {
    // The strongest pitch's words (one word per chunk), repeated: a rambling but real-looking text.
    const sentence = rankedPitches.es[0]!.text.split(/\s+/).filter((chunk) => /^[¿¡]?\p{L}+[.,:?]?$/u.test(chunk));
    const text = Array.from({ length: 5000 }, (_, index) => sentence[index % sentence.length]).join(' ');
    const started = performance.now();
    const analysis = analyzePitch(text, { language: 'es' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(analysis.words).toBe(5000);
    expect(analysis.seconds).toBe(2308);
    expect(analysis.criteria.length.score).toBe(0);
    expect(analysis.suggestions.find((s) => s.criterion === 'length')!.message).toBe(
      'Tu presentación tiene 5000 palabras (38 min 28 s en voz alta) y es para 30 s: recórtala a unas 65 palabras. Quédate con a quién ayudas, el resultado, una prueba y tu petición.',
    );
    expect(analysis.suggestions.length).toBeLessThan(20);
  });

  it('a text in another language gets a clear warning, and is still analysed', () => {
    const french = analyzePitch("Bonjour, je suis Marie et j'aide les petites entreprises de Lyon à trouver des clients grâce à leur site web.", { language: 'es' });
    expect(french.detectedLanguage).toBeNull();
    expect(french.suggestions[0]).toEqual({ criterion: 'language', quote: null, message: expect.stringMatching(/^Este texto no parece estar en español ni en inglés/) });
    expect(french.words).toBe(20);

    const german = analyzePitch('Ich helfe kleinen Unternehmen in Berlin, ihre Buchhaltung in den Griff zu bekommen, und suche Steuerberater.', { language: 'en' });
    expect(german.suggestions[0]!.message).toMatch(/^This text does not look English or Spanish/);

    const englishAsSpanish = analyzePitch(rankedPitches.en[0]!.text, { language: 'es' });
    expect(englishAsSpanish.detectedLanguage).toBe('en');
    expect(englishAsSpanish.suggestions[0]!.message).toMatch(/^Este texto parece estar en inglés/);
    expect(englishAsSpanish.score).toBeLessThan(analyzePitch(rankedPitches.en[0]!.text, { language: 'en' }).score);

    const spanishAsEnglish = analyzePitch(rankedPitches.es[0]!.text, { language: 'en' });
    expect(spanishAsEnglish.suggestions[0]!.message).toMatch(/^This text looks Spanish/);
  });

  it('no language warning for a pitch in the right language, or for a few words', () => {
    expect(analyzePitch(rankedPitches.es[0]!.text, { language: 'es' }).suggestions.some((s) => s.criterion === 'language')).toBe(false);
    expect(analyzePitch('Hola, soy Marta, diseñadora gráfica.', { language: 'es' }).suggestions.some((s) => s.criterion === 'language')).toBe(false);
    // Its only function word, "a", is Portuguese and Italian too: not a reason to doubt it is Spanish.
    const fewClues = 'Ayudo a restaurantes a cobrar a tiempo. '.repeat(3);
    expect(analyzePitch(fewClues, { language: 'es' }).suggestions.some((s) => s.criterion === 'language')).toBe(false);
  });

  it('falls back to 130 words per minute and 30 seconds when the options make no sense', () => {
    for (const nonsense of [0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(analyzePitch('Ayudo a tiendas.', { language: 'es', wordsPerMinute: nonsense, targetSeconds: nonsense })).toMatchObject({
        wordsPerMinute: 130,
        targetSeconds: 30,
      });
  });
});
