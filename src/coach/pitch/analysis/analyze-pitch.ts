import { findAsk, judgeAsk } from './criteria/ask.ts';
import { judgeClarity } from './criteria/clarity.ts';
import { findConcreteFacts } from './criteria/concrete-facts.ts';
import { judgeConcreteness } from './criteria/concreteness.ts';
import type { CriterionResult, PitchReading } from './criteria/criterion.ts';
import { judgeLength, lengthFacts, shortestPitchShare } from './criteria/length.ts';
import { judgeListenerFocus } from './criteria/listener-focus.ts';
import { judgeSentences } from './criteria/sentences.ts';
import { judgeStructure } from './criteria/structure.ts';
import { fitsLanguage, guessLanguageOfTokens } from './language/guess-language.ts';
import { pitchMessages } from './messages/pitch-messages.ts';
import { pitchParts, vocabularies } from './phrases/vocabulary.ts';
import { readPitch } from './text/pitch-text.ts';
import type { AnalyzeOptions, PitchAnalysis, PitchCriterion, PitchSuggestion } from './types.ts';

export { guessPitchLanguage } from './language/guess-language.ts';

const defaultWordsPerMinute = 130;
const defaultTargetSeconds = 30;

/** How much each criterion weighs in the overall score (they add up to 100). */
export const criterionWeights: Record<PitchCriterion, number> = {
  length: 15,
  structure: 20,
  sentences: 5,
  clarity: 20,
  listenerFocus: 10,
  concreteness: 15,
  ask: 15,
};

const judges: Record<PitchCriterion, (reading: PitchReading) => CriterionResult> = {
  length: judgeLength,
  structure: judgeStructure,
  sentences: judgeSentences,
  clarity: judgeClarity,
  listenerFocus: judgeListenerFocus,
  concreteness: judgeConcreteness,
  ask: judgeAsk,
};

const criterionNames = Object.keys(judges) as PitchCriterion[];
// These reward the absence of a flaw (no jargon, no long sentence, no "we" talk), which a text of a
// few words has by default: they earn full marks only from the length where the length score
// leaves 0, about 20 words for 30 s, so that "Hola" does not outscore a real, flawed pitch.
const flawAbsenceCriteria = new Set<PitchCriterion>(['sentences', 'clarity', 'listenerFocus']);
// Too few words to tell a language apart from a list of names: no warning below this.
const wordsToJudgeLanguage = 8;

const positiveOr = (value: number | undefined, fallback: number) => (value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback);

/**
 * Analyses a pitch in Spanish or English, without any I/O: length and speaking time, structure,
 * sentence length, buzz and vague phrases, listener focus, concreteness and the ask. Returns a
 * 0–100 score, per-criterion scores and details, and suggestions in the analysis language that
 * quote the weak phrase. Never throws: empty, huge or foreign text gets guidance instead.
 */
export function analyzePitch(text: string, options: AnalyzeOptions): PitchAnalysis {
  const { language } = options;
  const wordsPerMinute = positiveOr(options.wordsPerMinute, defaultWordsPerMinute);
  const targetSeconds = positiveOr(options.targetSeconds, defaultTargetSeconds);
  const pitch = readPitch(typeof text === 'string' ? text : '');
  const vocabulary = vocabularies[language];
  const messages = pitchMessages[language];
  const length = lengthFacts({ pitch, wordsPerMinute, targetSeconds });
  const base = { language, words: length.words, seconds: length.seconds, wordsPerMinute, targetSeconds };

  if (!pitch.tokens.length) {
    const criteria = Object.fromEntries(criterionNames.map((name) => [name, { score: 0, details: {} }])) as PitchAnalysis['criteria'];
    criteria.length.details = { ...length, wordsPerMinute };
    const guidance: PitchSuggestion[] = [
      { criterion: 'length', quote: null, message: messages.empty(length) },
      ...pitchParts.map((part) => ({ criterion: part === 'ask' ? ('ask' as const) : ('structure' as const), quote: null, message: messages.missingPart[part] })),
    ];
    return { ...base, score: 0, detectedLanguage: null, criteria, suggestions: guidance };
  }

  const reading: PitchReading = {
    pitch,
    vocabulary,
    messages,
    wordsPerMinute,
    targetSeconds,
    facts: findConcreteFacts(pitch, vocabulary),
    ask: findAsk(pitch, vocabulary),
  };
  const evidence = Math.min(1, length.words / (shortestPitchShare * length.targetWords));
  const results = criterionNames.map((name) => {
    const result = judges[name](reading);
    return { name, ...result, score: flawAbsenceCriteria.has(name) ? Math.round(result.score * evidence) : result.score };
  });
  const score = Math.round(results.reduce((sum, result) => sum + (result.score * criterionWeights[result.name]) / 100, 0));

  const detectedLanguage = guessLanguageOfTokens(pitch.tokens);
  const wrongLanguage = !fitsLanguage(pitch.tokens, language) && (detectedLanguage !== null || pitch.tokens.length >= wordsToJudgeLanguage);
  // Advice for the criteria that lost the most points comes first; a language mix-up before everything.
  const byLoss = [...results].sort((a, b) => criterionWeights[b.name] * (100 - b.score) - criterionWeights[a.name] * (100 - a.score));
  const suggestions: PitchSuggestion[] = [
    ...(wrongLanguage ? [{ criterion: 'language' as const, quote: null, message: messages.otherLanguage(detectedLanguage) }] : []),
    ...byLoss.flatMap((result) => result.suggestions),
  ];
  return {
    ...base,
    score,
    detectedLanguage,
    criteria: Object.fromEntries(results.map(({ name, score, details }) => [name, { score, details }])) as PitchAnalysis['criteria'],
    suggestions,
  };
}
