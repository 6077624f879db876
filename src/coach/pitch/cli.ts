import { parseArgs } from 'node:util';
import { fail } from '../../cli/fail.ts';
import { analyzePitch } from './analysis/analyze-pitch.ts';
import type { CriterionScore, PitchAnalysis, PitchCriterion, PitchLanguage, PitchSuggestion } from './analysis/types.ts';

const usage = 'Usage: sinergia pitch analyze --lang es|en [--json] [--wpm N] [--target 10|30|60] < pitch.txt';
const targets = [10, 30, 60];
const minWordsPerMinute = 60;
const maxWordsPerMinute = 300;

/** What `sinergia pitch analyze --json` prints: a contract, keep it stable. */
export interface PitchAnalysisJson {
  score: number;
  words: number;
  seconds: number;
  criteria: Record<PitchCriterion, CriterionScore>;
  suggestions: PitchSuggestion[];
}

// The command's contract gives usage mistakes exit code 2, so that scripts can tell them apart.
function usageError(message: string): number {
  fail(message);
  return 2;
}

/** `sinergia pitch analyze --lang es|en [--json] [--wpm N] [--target 10|30|60] < pitch.txt`; never opens the database. */
export async function pitchCommand(args: string[]): Promise<number> {
  const [action, ...options] = args;
  if (action !== 'analyze') return usageError(usage);
  let values;
  try {
    ({ values } = parseArgs({
      args: options,
      options: { lang: { type: 'string' }, json: { type: 'boolean' }, wpm: { type: 'string' }, target: { type: 'string' } },
    }));
  } catch (error) {
    return usageError(`${error instanceof Error ? error.message : error}\n${usage}`);
  }
  const language = values.lang;
  if (language !== 'es' && language !== 'en') {
    const problem = language === undefined ? 'Missing --lang.' : `Unsupported language "${language}".`;
    return usageError(`${problem} The pitch analysis works in Spanish (--lang es) and English (--lang en).\n${usage}`);
  }
  const wordsPerMinute = Number(values.wpm ?? 130);
  if (!Number.isInteger(wordsPerMinute) || wordsPerMinute < minWordsPerMinute || wordsPerMinute > maxWordsPerMinute)
    return usageError(`--wpm must be a whole number of words per minute from ${minWordsPerMinute} to ${maxWordsPerMinute}.\n${usage}`);
  const targetSeconds = Number(values.target ?? 30);
  if (!targets.includes(targetSeconds)) return usageError(`--target must be 10, 30 or 60 (seconds).\n${usage}`);

  const analysis = analyzePitch(await readStandardInput(), { language, wordsPerMinute, targetSeconds });
  if (values.json) {
    const { score, words, seconds, criteria, suggestions } = analysis;
    const json: PitchAnalysisJson = { score, words, seconds, criteria, suggestions };
    console.log(JSON.stringify(json, null, 2));
  } else console.log(report(analysis));
  return 0;
}

async function readStandardInput(): Promise<string> {
  if (process.stdin.isTTY) console.error('Type or paste the pitch, then press Ctrl-D.');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const labels: Record<PitchLanguage, { score: string; words: string; pace: string; target: string; criteria: string; suggestions: string; none: string; names: Record<PitchCriterion, string> }> = {
  es: {
    score: 'Puntuación',
    words: 'palabras',
    pace: 'palabras/min',
    target: 'objetivo',
    criteria: 'Criterios',
    suggestions: 'Sugerencias',
    none: 'Nada que mejorar: ¡a practicarla en voz alta!',
    names: {
      length: 'Duración',
      structure: 'Estructura',
      sentences: 'Frases',
      clarity: 'Claridad (sin jerga)',
      listenerFocus: 'Foco en quien escucha',
      concreteness: 'Concreción',
      ask: 'Petición',
    },
  },
  en: {
    score: 'Score',
    words: 'words',
    pace: 'words/min',
    target: 'target',
    criteria: 'Criteria',
    suggestions: 'Suggestions',
    none: 'Nothing to improve: now practise it aloud!',
    names: {
      length: 'Length',
      structure: 'Structure',
      sentences: 'Sentences',
      clarity: 'Clarity (no jargon)',
      listenerFocus: 'Listener focus',
      concreteness: 'Concreteness',
      ask: 'Ask',
    },
  },
};

/** The readable report, labelled in the analysis language. */
function report(analysis: PitchAnalysis): string {
  const label = labels[analysis.language];
  const names = Object.keys(analysis.criteria) as PitchCriterion[];
  const width = Math.max(...names.map((name) => label.names[name].length));
  return [
    `${label.score}: ${analysis.score}/100`,
    `${analysis.words} ${label.words} · ${analysis.seconds} s (${analysis.wordsPerMinute} ${label.pace}; ${label.target} ${analysis.targetSeconds} s)`,
    '',
    `${label.criteria}:`,
    ...names.map((name) => `  ${label.names[name].padEnd(width)}  ${String(analysis.criteria[name].score).padStart(3)}`),
    '',
    `${label.suggestions}:`,
    ...(analysis.suggestions.length ? analysis.suggestions.map((suggestion, index) => `  ${index + 1}. ${suggestion.message}`) : [`  ${label.none}`]),
  ].join('\n');
}
