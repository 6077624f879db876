import type { LengthFacts } from '../messages/pitch-messages.ts';
import { clampScore, type CriterionResult, type PitchReading } from './criterion.ts';

/** Seconds it takes to say `words` words at `wordsPerMinute`, rounded to the second. */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return Math.round((words * 60) / wordsPerMinute);
}

/** How many words fit in `targetSeconds` at `wordsPerMinute` (65 for 30 s at 130). */
export function targetWords(targetSeconds: number, wordsPerMinute: number): number {
  return Math.round((targetSeconds * wordsPerMinute) / 60);
}

// Within 75–115 % of the target a pitch is the right length; it scores nothing at 30 % or 200 %.
const shortest = 0.75;
const longest = 1.15;
/** The share of the target below which a text is too short to be a pitch at all. */
export const shortestPitchShare = 0.3;
const tooLongAt = 2;

export function lengthFacts(reading: Pick<PitchReading, 'pitch' | 'wordsPerMinute' | 'targetSeconds'>): LengthFacts {
  const words = reading.pitch.tokens.length;
  return {
    words,
    seconds: speakingSeconds(words, reading.wordsPerMinute),
    targetWords: targetWords(reading.targetSeconds, reading.wordsPerMinute),
    targetSeconds: reading.targetSeconds,
  };
}

/** Length against the target: full marks near it, falling to 0 when far too short or far too long. */
export function judgeLength(reading: PitchReading): CriterionResult {
  const facts = lengthFacts(reading);
  const ratio = facts.words / facts.targetWords;
  const details = { ...facts, wordsPerMinute: reading.wordsPerMinute };
  if (ratio < shortest) {
    const score = clampScore((100 * (ratio - shortestPitchShare)) / (shortest - shortestPitchShare));
    return { score, details, suggestions: [{ criterion: 'length', quote: null, message: reading.messages.tooShort(facts) }] };
  }
  if (ratio > longest) {
    const score = clampScore((100 * (tooLongAt - ratio)) / (tooLongAt - longest));
    return { score, details, suggestions: [{ criterion: 'length', quote: null, message: reading.messages.tooLong(facts) }] };
  }
  return { score: 100, details, suggestions: [] };
}
