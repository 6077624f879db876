import { versionSeconds, wordsPerMinute, type PitchLanguage, type PitchParts, type PitchVersionName, type PitchVersions } from '../model.ts';
import { countWords, fragment } from './fragments.ts';
import { phrasebooks, type Fragments } from './phrasebook.ts';

/** A sentence of a version; an optional one (lower rank first) is kept only while the version fits its time. */
export interface Candidate {
  text: string;
  optionalRank?: number;
}

/** A version may run this much over its time before optional sentences are left out. */
const tolerance = 1.2;

export function wordBudget(version: PitchVersionName): number {
  return (wordsPerMinute * versionSeconds[version] * tolerance) / 60;
}

export function fragmentsOf(parts: PitchParts, language: PitchLanguage): Fragments {
  return {
    whom: fragment(parts, 'whomIHelp', language),
    problem: fragment(parts, 'problem', language),
    result: fragment(parts, 'result', language),
    proof: fragment(parts, 'proof', language),
    difference: fragment(parts, 'difference', language),
    ask: fragment(parts, 'ask', language),
  };
}

/** The required sentences, plus each optional one that still fits `budget` words, in their order. */
export function fitSentences(candidates: readonly Candidate[], budget: number): string {
  const present = candidates.filter((candidate) => candidate.text);
  const kept = new Set(present.filter((candidate) => candidate.optionalRank === undefined));
  const words = () => [...kept].reduce((sum, candidate) => sum + countWords(candidate.text), 0);
  const optional = present.filter((candidate) => candidate.optionalRank !== undefined).sort((a, b) => a.optionalRank! - b.optionalRank!);
  for (const candidate of optional) if (words() + countWords(candidate.text) <= budget) kept.add(candidate);
  return present.filter((candidate) => kept.has(candidate)).map((candidate) => candidate.text).join(' ');
}

/**
 * The three versions of a pitch, from the parts the member wrote, as natural sentences in
 * `language`: the 10-second one says whom you help and the result; the 30-second one opens with
 * them and their problem, adds proof and difference while it fits, and ends with the ask; the
 * 60-second one has every part, who a good referral is, and gives first. Empty parts are left out;
 * with no part at all every version is empty.
 */
export function composePitch(parts: PitchParts, language: PitchLanguage): PitchVersions {
  const f = fragmentsOf(parts, language);
  if (!Object.values(f).some(Boolean)) return { intro: '', elevator: '', long: '' };
  const say = phrasebooks[language];
  const askOr = (version: PitchVersionName) => (f.ask ? say.ask(f.ask, version) : say.closing(version));

  // Ten seconds rarely hold the ask too: without it, the introduction hands over to the listener.
  const introLine = say.introLine(f) || say.hook(f);
  const introAsk = f.ask ? say.ask(f.ask, 'intro') : '';
  const askFits = introAsk !== '' && countWords(introLine) + countWords(introAsk) <= wordBudget('intro');
  const intro = introLine || introAsk ? [introLine, askFits ? introAsk : say.closing('intro')].filter(Boolean).join(' ') : '';

  const elevator = fitSentences(
    [
      { text: say.hook(f) },
      { text: say.result(f) },
      { text: f.proof && say.proof(f.proof, false), optionalRank: 1 },
      { text: f.difference && say.difference(f.difference), optionalRank: 2 },
      { text: askOr('elevator') },
    ],
    wordBudget('elevator'),
  );

  const long = [
    say.hook(f),
    f.whom ? say.echo : '',
    say.result(f),
    f.proof && say.proof(f.proof, true),
    f.difference && say.difference(f.difference),
    say.referral(f),
    askOr('long'),
    f.ask ? say.reciprocity : '',
  ]
    .filter(Boolean)
    .join(' ');

  return { intro, elevator, long };
}
