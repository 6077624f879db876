import { describe, expect, it } from 'vitest';
import { analyzePitch } from '../analyze-pitch.ts';
import type { AnalyzeOptions, PitchCriterion } from '../types.ts';
import { speakingSeconds, targetWords } from './length.ts';

const criterion = (name: PitchCriterion, text: string, options: Partial<AnalyzeOptions> = {}) =>
  analyzePitch(text, { language: 'es', ...options }).criteria[name];
const suggestionsFor = (name: PitchCriterion, text: string, options: Partial<AnalyzeOptions> = {}) =>
  analyzePitch(text, { language: 'es', ...options }).suggestions.filter((suggestion) => suggestion.criterion === name);
const words = (count: number, word = 'palabra') => Array.from({ length: count }, () => word).join(' ');

describe('length and speaking time', () => {
  it('computes the speaking time at the stated pace, rounded to the second', () => {
    expect(speakingSeconds(65, 130)).toBe(30);
    expect(speakingSeconds(130, 130)).toBe(60);
    expect(speakingSeconds(100, 150)).toBe(40);
    expect(speakingSeconds(7, 130)).toBe(3);
    expect(targetWords(30, 130)).toBe(65);
    expect(targetWords(10, 130)).toBe(22);
    expect(targetWords(60, 160)).toBe(160);
    const analysis = analyzePitch(words(100), { language: 'es', wordsPerMinute: 150 });
    expect(analysis).toMatchObject({ words: 100, seconds: 40, wordsPerMinute: 150, targetSeconds: 30 });
  });

  it('gives full marks near the target and 0 far from it, relative to 10, 30 or 60 seconds', () => {
    expect(criterion('length', words(65)).score).toBe(100);
    expect(criterion('length', words(22), { targetSeconds: 10 }).score).toBe(100);
    expect(criterion('length', words(130), { targetSeconds: 60 }).score).toBe(100);
    expect(criterion('length', words(130)).score).toBe(0);
    expect(criterion('length', words(15)).score).toBe(0);
    const slightlyLong = criterion('length', words(90)).score;
    expect(slightlyLong).toBeGreaterThan(0);
    expect(slightlyLong).toBeLessThan(100);
    expect(criterion('length', words(65)).details).toEqual({ words: 65, seconds: 30, targetWords: 65, targetSeconds: 30, wordsPerMinute: 130 });
  });

  it('says how many words to aim for when too short or too long', () => {
    expect(suggestionsFor('length', words(10))[0]!.message).toMatch(/10 palabras .* unas 65 palabras/);
    expect(suggestionsFor('length', words(40, 'word'), { language: 'en', targetSeconds: 10 })[0]!.message).toMatch(
      /40 words .* cut it to about 22 words/,
    );
    expect(suggestionsFor('length', words(65))).toEqual([]);
  });
});

describe('structure', () => {
  it('finds each of the six parts by its cues, or by the facts found', () => {
    const parts = (text: string, language: 'es' | 'en' = 'es') => analyzePitch(text, { language }).criteria.structure.details;
    expect(parts('Ayudo a gimnasios de barrio.')).toMatchObject({ audience: true, problem: false });
    expect(parts('Muchos pierden socios en enero.')).toMatchObject({ problem: true });
    expect(parts('Conseguimos que renueven más.')).toMatchObject({ result: true });
    expect(parts('El gimnasio Forma renovó el 80 %.')).toMatchObject({ proof: true });
    expect(parts('A diferencia de una agencia, voy yo.')).toMatchObject({ difference: true });
    expect(parts('Busco gerentes de gimnasios en Gijón.')).toMatchObject({ ask: true });
    expect(parts('If you run a gym, you lose members in January. Unlike an agency, I come to you.', 'en')).toMatchObject({
      audience: true,
      problem: true,
      difference: true,
      result: false,
    });
  });

  it('scores the share of expected parts, and names what is missing', () => {
    const structure = criterion('structure', 'Ayudo a gimnasios de barrio a conseguir más socios.');
    expect(structure.score).toBe(33);
    expect(structure.details.missing).toEqual(['problem', 'proof', 'difference', 'ask']);
    const advice = suggestionsFor('structure', 'Ayudo a gimnasios de barrio a conseguir más socios.').map((s) => s.message);
    expect(advice).toEqual([expect.stringMatching(/^Nombra el problema/), expect.stringMatching(/^Añade una prueba/), expect.stringMatching(/^Di qué te hace diferente/)]);
  });

  it('expects only whom you help and the result from a 10-second introduction', () => {
    const structure = criterion('structure', 'Ayudo a gimnasios de barrio a conseguir más socios.', { targetSeconds: 10 });
    expect(structure).toMatchObject({ score: 100, details: { expected: ['audience', 'result'], missing: [] } });
  });
});

describe('sentences', () => {
  it('reports the mean and longest sentence and quotes the long ones', () => {
    const long = `Te ayudo ${words(30)} siempre.`;
    const sentences = criterion('sentences', `Ayudo a tiendas. ${long}`);
    expect(sentences.details).toMatchObject({ sentences: 2, maxWords: 33, meanWords: 18 });
    expect(sentences.details.longSentences).toEqual([`Te ayudo ${words(12)}…`]);
    expect(sentences.score).toBeLessThan(100);
    const [suggestion] = suggestionsFor('sentences', `Ayudo a tiendas. ${long}`);
    expect(suggestion).toEqual({ criterion: 'sentences', quote: `Te ayudo ${words(12)}…`, message: expect.stringMatching(/^Esta frase tiene 33 palabras: «Te ayudo/) });
  });

  it('gives full marks to short sentences', () => {
    const text = 'Ayudo a tiendas online de Bilbao a vender más. En tres meses venden un 20 % más. ¿Conoces a alguna tienda de ropa?';
    expect(criterion('sentences', text).score).toBe(100);
  });
});

describe('criteria that reward the absence of a flaw', () => {
  it('give a text of a few words no free marks for having no jargon, no long sentence and no "we"', () => {
    const hello = analyzePitch('Hola', { language: 'es' });
    expect(hello.criteria.clarity.score).toBeLessThan(10);
    expect(hello.criteria.sentences.score).toBeLessThan(10);
    expect(hello.score).toBeLessThan(5);
    expect(criterion('clarity', `Hago webs para ${words(20, 'tiendas')}.`).score).toBe(100);
  });
});

describe('clarity: buzz and vague phrases', () => {
  it('finds them whatever the case and accents, quotes them as written, and costs a quarter each', () => {
    const clarity = criterion('clarity', 'Ofrecemos SOLUCIONES INTEGRALES con valor anadido y sinergias para tu negocio, gracias a nuestro equipo de tres personas en Burgos.');
    expect(clarity.details).toEqual({ buzzPhrases: ['sinergias'], vaguePhrases: ['SOLUCIONES INTEGRALES', 'valor anadido'] });
    expect(clarity.score).toBe(25);
  });

  it('quotes each weak phrase in a suggestion that says what to do, in the analysis language', () => {
    const spanish = suggestionsFor('clarity', 'Somos líderes del sector con soluciones integrales de calidad para tu empresa y sus equipos.');
    expect(spanish.map((s) => s.quote)).toEqual(['líderes del sector', 'soluciones integrales', 'de calidad']);
    expect(spanish[0]!.message).toBe('«líderes del sector» no dice nada que se pueda comprobar. Cámbialo por una cifra, un cliente o un resultado concreto.');
    const english = analyzePitch('We offer cutting-edge, best-in-class innovative solutions to growing companies.', { language: 'en' });
    const quoted = english.suggestions.filter((s) => s.criterion === 'clarity');
    expect(quoted.map((s) => s.quote)).toEqual(['cutting-edge', 'best-in-class', 'innovative solutions']);
    expect(quoted[0]!.message).toMatch(/^“cutting-edge” is jargon/);
  });

  it('does not flag words that merely contain a phrase', () => {
    expect(criterion('clarity', 'Reparo calderas y calidades de suelo en Soria para comunidades de vecinos y tiendas.').details.vaguePhrases).toEqual([]);
  });
});

describe('listener focus', () => {
  it('counts "you" against "I/we" words and their ratio', () => {
    const focus = criterion('listenerFocus', '¿Sabes cuántas horas pierdes con las facturas? Te las devuelvo: tú vendes y yo cuadro tus cuentas cada mes sin falta.');
    expect(focus.details).toMatchObject({ listenerWords: 6, selfWords: 1, listenerShare: 0.86 });
    expect(focus.score).toBeGreaterThanOrEqual(90);
  });

  it('quotes the most self-centred sentence when "we" dominates', () => {
    const text = 'Hacemos webs para tiendas de barrio de Zaragoza. Nosotros somos un equipo joven y nuestro estudio tiene nuestra propia metodología.';
    const focus = criterion('listenerFocus', text);
    expect(focus.score).toBeLessThan(50);
    expect(suggestionsFor('listenerFocus', text)).toEqual([
      {
        criterion: 'listenerFocus',
        quote: 'Nosotros somos un equipo joven y nuestro estudio tiene nuestra propia metodología.',
        message: expect.stringContaining('habla de ti'),
      },
    ]);
  });

  it('stays neutral, with advice, when the pitch never addresses the listener', () => {
    const text = 'Las clínicas dentales de Elche pierden un 20 % de sus citas por olvidos de los pacientes, y con recordatorios recuperan la mitad.';
    expect(criterion('listenerFocus', text).score).toBe(60);
    expect(suggestionsFor('listenerFocus', text)[0]!.message).toMatch(/^Háblale a quien te escucha/);
  });
});

describe('concreteness', () => {
  it('finds numbers, percentages, time frames, names and named outcomes', () => {
    const details = criterion('concreteness', 'A Bodegas Ruiz le ahorré un 30 % en transporte en tres meses, y a dos clientes más 500 € al mes.').details;
    expect(details).toEqual({
      numbers: ['30', 'tres', 'dos', '500'],
      ratios: ['30 %'],
      timeFrames: ['tres meses', 'al mes'],
      names: ['Bodegas Ruiz'],
      outcomes: ['ahorré'],
    });
    expect(criterion('concreteness', 'A Bodegas Ruiz le ahorré un 30 % en transporte en tres meses.').score).toBe(100);
  });

  it('does not take the speaker’s own name, or a sentence’s first word, for a client', () => {
    expect(criterion('concreteness', 'Soy Ana García, de Contaplus. Gracias por escucharme, Pedro.').details.names).toEqual(['Pedro']);
    expect(criterion('concreteness', "I'm Tom Baker from Brightbooks and I met Acme in May.", { language: 'en' }).details.names).toEqual(['Acme']);
  });

  it('quotes a result with no figure and asks for one', () => {
    const [noNumber] = suggestionsFor('concreteness', 'Ayudo a las tiendas de barrio a vender más por internet. Busco tiendas en Cuenca.');
    expect(noNumber).toEqual({
      criterion: 'concreteness',
      quote: 'Ayudo a las tiendas de barrio a vender más por internet.',
      message: '«Ayudo a las tiendas de barrio a vender más por internet.»: ¿cuánto? Ponle una cifra o un plazo, por ejemplo «un 30 % menos de impagos en tres meses».',
    });
  });
});

describe('the ask', () => {
  it('scores a specific ask 100, a catch-all one 50 and none 0', () => {
    expect(criterion('ask', 'Me encantaría conocer a directores financieros de cadenas hoteleras en Canarias.')).toMatchObject({
      score: 100,
      details: { found: true, specific: true },
    });
    expect(criterion('ask', 'Busco nuevos clientes y oportunidades de colaboración.')).toMatchObject({ score: 50, details: { found: true, specific: false } });
    expect(criterion('ask', 'Hago webs para tiendas.')).toMatchObject({ score: 0, details: { found: false } });
    expect(criterion('ask', 'Do you know anyone who runs a bakery in York?', { language: 'en' }).score).toBe(100);
    expect(criterion('ask', 'I am looking for new clients.', { language: 'en' }).score).toBe(50);
    expect(criterion('ask', '¿Conoces a alguien que lleve un restaurante en Ruzafa?').score).toBe(100);
  });

  it('quotes a catch-all ask and says how to make it specific', () => {
    expect(suggestionsFor('ask', 'Hago webs para tiendas. Busco clientes.')).toEqual([
      { criterion: 'ask', quote: 'Busco clientes.', message: expect.stringMatching(/^«Busco clientes\.» es una petición demasiado general/) },
    ]);
    expect(suggestionsFor('ask', 'Hago webs para tiendas.')[0]!.message).toMatch(/^Termina con una petición concreta/);
  });
});
