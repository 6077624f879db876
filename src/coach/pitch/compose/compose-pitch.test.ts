import { describe, expect, it } from 'vitest';
import { emptyParts, wordsPerMinute, type PitchLanguage, type PitchParts } from '../model.ts';
import { analyzePitch } from '../analysis/analyze-pitch.ts';
import { composePitch } from './compose-pitch.ts';
import { countWords } from './fragments.ts';

const examples: Record<PitchLanguage, PitchParts> = {
  es: {
    whomIHelp: 'pymes familiares de Madrid',
    problem: 'pierden horas cada semana con facturas, impuestos y papeleo',
    result: 'tener la contabilidad al día y tomar decisiones con números claros',
    proof: 'más de 40 empresas trabajan conmigo y el año pasado ninguna recibió una sanción',
    difference: 'respondo el mismo día y explico las cuentas sin jerga',
    ask: 'gestorías y abogados que trabajen con pymes',
  },
  en: {
    whomIHelp: 'family-run businesses in Manchester',
    problem: 'lose hours every week to invoices, taxes and paperwork',
    result: 'keep their books up to date and make decisions with clear numbers',
    proof: 'more than 40 companies work with me, and none was fined last year',
    difference: 'I answer on the same day and explain the numbers without jargon',
    ask: 'solicitors and consultants who work with small firms',
  },
};

const seconds = (text: string) => (countWords(text) * 60) / wordsPerMinute;
/** Which parts the text says (a part may start a sentence, with a capital). */
const containsParts = (text: string, parts: PitchParts) =>
  Object.entries(parts).filter(([, phrase]) => text.toLowerCase().includes(phrase.toLowerCase())).map(([name]) => name).sort();

/** Traces of a template filled with nothing: doubled spaces, punctuation with nothing before it. */
const brokenTemplate = /\s{2}|\s[.,:;?]|undefined|null|^\s|\s$|\.\./u;

describe.each(['es', 'en'] as const)('composePitch in %s', (language) => {
  const parts = examples[language];
  const versions = composePitch(parts, language);

  it('says whom you help and the result in the 10-second introduction, in about ten seconds', () => {
    expect(containsParts(versions.intro, parts)).toEqual(['result', 'whomIHelp']);
    expect(seconds(versions.intro)).toBeGreaterThanOrEqual(7);
    expect(seconds(versions.intro)).toBeLessThanOrEqual(14);
  });

  it('opens the 30-second pitch with them and their problem, keeps the proof, ends with the ask, in about thirty seconds', () => {
    expect(containsParts(versions.elevator, parts)).toEqual(['ask', 'problem', 'proof', 'result', 'whomIHelp']);
    expect(versions.elevator.indexOf(parts.whomIHelp)).toBeLessThan(versions.elevator.indexOf(parts.result));
    const sentences = versions.elevator.split(/(?<=[.?!])\s+/u);
    expect(sentences.slice(-3).join(' ')).toContain(parts.ask);
    expect(seconds(versions.elevator)).toBeGreaterThanOrEqual(25);
    expect(seconds(versions.elevator)).toBeLessThanOrEqual(36);
  });

  it('has every part in the 60-second pitch, which takes about a minute', () => {
    expect(containsParts(versions.long, parts)).toEqual(['ask', 'difference', 'problem', 'proof', 'result', 'whomIHelp']);
    expect(seconds(versions.long)).toBeGreaterThanOrEqual(48);
    expect(seconds(versions.long)).toBeLessThanOrEqual(72);
  });

  it('speaks to the listener and asks them a question', () => {
    for (const text of Object.values(versions)) {
      expect(text).toMatch(language === 'es' ? /\b(conoces|te|tú|cuéntame|se te ocurre)\b|¿/iu : /\b(you|your)\b/iu);
      expect(text).toContain('?');
      expect(text).not.toMatch(brokenTemplate);
    }
  });

  it('leaves every version empty when no part is written', () => {
    expect(composePitch(emptyParts(), language)).toEqual({ intro: '', elevator: '', long: '' });
    expect(composePitch({ ...emptyParts(), ask: '  ' }, language)).toEqual({ intro: '', elevator: '', long: '' });
  });

  it.each([
    ['only whom you help', { whomIHelp: parts.whomIHelp }],
    ['only the result and the ask', { result: parts.result, ask: parts.ask }],
    ['only the problem and the proof', { problem: parts.problem, proof: parts.proof }],
    ['only the ask', { ask: parts.ask }],
  ])('writes whole sentences with %s', (_case, some) => {
    const composed = composePitch({ ...emptyParts(), ...some }, language);
    for (const text of [composed.elevator, composed.long]) {
      expect(text).not.toMatch(brokenTemplate);
      for (const phrase of Object.values(some)) expect(text).toContain(phrase);
      expect(text).toMatch(/[.?!]$/u);
    }
  });

  it('keeps the optional difference out of the 30-second pitch when it would run long, and in when it fits', () => {
    expect(versions.elevator).not.toContain(parts.difference);
    const short = composePitch({ ...parts, problem: '', proof: '' }, language);
    expect(short.elevator).toContain(parts.difference);
  });
});

describe('composePitch wording', () => {
  it('reads as natural Spanish with tú', () => {
    expect(composePitch(examples.es, 'es').elevator).toBe(
      '¿Conoces a pymes familiares de Madrid que pierden horas cada semana con facturas, impuestos y papeleo? ' +
        'Con mi ayuda, consiguen tener la contabilidad al día y tomar decisiones con números claros. ' +
        'Un dato: más de 40 empresas trabajan conmigo y el año pasado ninguna recibió una sanción. ' +
        'Ahora busco gestorías y abogados que trabajen con pymes. ¿Conoces a alguien así? Si me lo presentas, te devuelvo el favor.',
    );
  });

  it('reads as natural English addressed to you', () => {
    expect(composePitch(examples.en, 'en').intro).toBe(
      'I help family-run businesses in Manchester so they can keep their books up to date and make decisions with clear numbers. What about you, what do you do?',
    );
  });

  it('does not repeat words the sentence already says, nor the closing punctuation typed', () => {
    const es = composePitch({ ...emptyParts(), whomIHelp: 'Ayudo a Pymes familiares.', ask: 'Busco gestorías.' }, 'es');
    expect(es.elevator).toBe('¿Conoces a pymes familiares? Son justo mis clientes. Ahora busco gestorías. ¿Conoces a alguien así? Si me lo presentas, te devuelvo el favor.');
    const en = composePitch({ ...emptyParts(), whomIHelp: 'I help Google Ads managers', ask: "I'm looking for designers." }, 'en');
    expect(en.intro).toBe("I work with Google Ads managers. I'm looking for designers: does anyone come to mind?");
  });

  it('says "al" before "el" in Spanish', () => {
    expect(composePitch({ ...emptyParts(), whomIHelp: 'el pequeño comercio' }, 'es').elevator).toMatch(/^¿Conoces al pequeño comercio\?/u);
  });

  it('hands over to the listener when there is no ask', () => {
    const { elevator, long } = composePitch({ ...examples.en, ask: '' }, 'en');
    expect(elevator.endsWith("What about you? Tell me what you are looking for, and let's see how we can help each other.")).toBe(true);
    expect(long.endsWith("What about you? Tell me what you are looking for, and let's see how we can help each other.")).toBe(true);
  });
});

describe('composed versions against the analysis', () => {
  it.each(['es', 'en'] as const)('the 30- and 60-second versions in %s score well and are not told to change much', (language) => {
    const versions = composePitch(examples[language], language);
    for (const [version, targetSeconds] of [['elevator', 30], ['long', 60]] as const) {
      const analysis = analyzePitch(versions[version], { language, targetSeconds });
      expect(analysis.score, `${version}: ${JSON.stringify(analysis.suggestions)}`).toBeGreaterThanOrEqual(80);
      expect(analysis.criteria.ask.score).toBe(100);
      expect(analysis.suggestions.filter((suggestion) => suggestion.quote !== null)).toEqual([]);
    }
  });
});
