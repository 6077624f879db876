import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useCli } from '../../testing/cli-runner.ts';
import type { PitchAnalysisJson } from './cli.ts';
import { rankedPitches } from './analysis/fixtures/ranked-pitches.ts';

// The analysis is pure: the command never needs a database, so one kind is enough, and the test
// checks that it leaves the data directory untouched. Each run starts the real binary, which is
// slow on a busy machine: hence the timeouts and the runs started together.
const timeout = 180_000;

describe('sinergia pitch analyze', () => {
  const { sinergia, sinergiaWithInput, dir } = useCli('pglite', 'sinergia-pitch-');
  const strong = { es: rankedPitches.es[0]!.text, en: rankedPitches.en[0]!.text };

  it('prints exactly one JSON object with score, words, seconds, criteria and suggestions, in es and en', { timeout }, async () => {
    const results = await Promise.all((['es', 'en'] as const).map((language) => sinergiaWithInput(strong[language], 'pitch', 'analyze', '--lang', language, '--json')));
    for (const result of results) {
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const json = JSON.parse(result.stdout) as PitchAnalysisJson;
      expect(Object.keys(json)).toEqual(['score', 'words', 'seconds', 'criteria', 'suggestions']);
      expect(json.score).toBeGreaterThanOrEqual(75);
      expect(json.words).toBe(71);
      expect(json.seconds).toBe(33);
      expect(Object.keys(json.criteria).sort()).toEqual(['ask', 'clarity', 'concreteness', 'length', 'listenerFocus', 'sentences', 'structure']);
      for (const criterion of Object.values(json.criteria)) expect(criterion).toEqual({ score: expect.any(Number), details: expect.any(Object) });
      for (const suggestion of json.suggestions) expect(Object.keys(suggestion)).toEqual(['criterion', 'quote', 'message']);
    }
    expect(readdirSync(dir())).toEqual([]);
  });

  it('quotes weak phrases in the analysis language and honours --wpm and --target', { timeout }, async () => {
    const soup = rankedPitches.en.find(({ why }) => why === 'buzzword soup')!.text;
    const json = JSON.parse((await sinergiaWithInput(soup, 'pitch', 'analyze', '--lang', 'en', '--json', '--wpm', '150', '--target', '10')).stdout) as PitchAnalysisJson;
    expect(json.score).toBeLessThanOrEqual(35);
    expect(json.seconds).toBe(9);
    expect(json.criteria.length.details).toMatchObject({ targetSeconds: 10, targetWords: 25, wordsPerMinute: 150 });
    expect(json.suggestions).toContainEqual({ criterion: 'clarity', quote: 'best-in-class', message: expect.stringContaining('“best-in-class” says nothing') });
  });

  it('prints a readable report without --json', { timeout }, async () => {
    const catchAllAsk = rankedPitches.es.find(({ why }) => why.includes('catch-all ask'))!.text;
    const [result, strongReport] = await Promise.all([
      sinergiaWithInput(catchAllAsk, 'pitch', 'analyze', '--lang', 'es'),
      sinergiaWithInput(strong.en, 'pitch', 'analyze', '--lang', 'en'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Puntuación: \d+\/100\n47 palabras · 22 s \(130 palabras\/min; objetivo 30 s\)\n/);
    expect(result.stdout).toMatch(/Criterios:\n {2}Duración +\d+\n {2}Estructura +\d+\n/);
    expect(result.stdout).toMatch(/Sugerencias:\n {2}1\. .*\n {2}2\. /);
    expect(result.stdout).toContain('«Busco nuevos clientes.» es una petición demasiado general');
    expect(strongReport.stdout).toMatch(/^Score: \d+\/100\n71 words · 33 s \(130 words\/min; target 30 s\)\n/);
    expect(strongReport.stdout).toMatch(/Criteria:\n {2}Length +100\n/);
  });

  it('answers empty input with guidance on what to write', { timeout }, async () => {
    const [report, blank] = await Promise.all([
      sinergiaWithInput('', 'pitch', 'analyze', '--lang', 'es'),
      sinergiaWithInput('  \n', 'pitch', 'analyze', '--lang', 'en', '--json'),
    ]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Puntuación: 0/100');
    expect(report.stdout).toContain('Aún no hay texto que analizar. Escribe tu presentación');
    expect(report.stdout).toContain('Di a quién ayudas');
    const json = JSON.parse(blank.stdout) as PitchAnalysisJson;
    expect(json).toMatchObject({ score: 0, words: 0, seconds: 0 });
    expect(json.suggestions[0]!.message).toMatch(/^There is no text to analyse yet/);
  });

  it('refuses a missing or unsupported language, and bad options, with exit code 2', { timeout }, async () => {
    const [missing, french, target, wpm, unknownAction, help] = await Promise.all([
      sinergia('pitch', 'analyze'),
      sinergia('pitch', 'analyze', '--lang', 'fr'),
      sinergia('pitch', 'analyze', '--lang', 'es', '--target', '45'),
      sinergia('pitch', 'analyze', '--lang', 'es', '--wpm', 'fast'),
      sinergia('pitch', 'analyse', '--lang', 'es'),
      sinergia('help'),
    ]);
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('Missing --lang.') });
    expect(french).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unsupported language "fr". The pitch analysis works in Spanish (--lang es) and English (--lang en).'),
    });
    expect(target).toMatchObject({ code: 2, stderr: expect.stringContaining('--target must be 10, 30 or 60') });
    expect(wpm).toMatchObject({ code: 2, stderr: expect.stringContaining('--wpm must be a whole number') });
    expect(unknownAction).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: sinergia pitch analyze') });
    expect(help.stdout).toContain('pitch analyze --lang es|en [--json]');
  });
});
