import type { PitchVocabulary } from '../phrases/vocabulary.ts';
import { originalSlice } from '../text/folded-text.ts';
import { findCues } from '../text/cues.ts';
import type { PitchText } from '../text/pitch-text.ts';
import type { PitchSuggestion } from '../types.ts';
import { clampScore, type CriterionResult, type PitchReading } from './criterion.ts';

/** A buzz or vague phrase as written, and which kind it is. */
export interface WeakPhrase {
  kind: 'buzz' | 'vague';
  quote: string;
  folded: string;
}

const pointsPerPhrase = 25;
const phrasesQuoted = 6;

/**
 * Buzz and vague phrases in order of appearance. Where a phrase of one list contains one of the
 * other ("innovative solutions", "innovative"), the longer one is kept, so nothing counts twice.
 */
export function findWeakPhrases(pitch: PitchText, vocabulary: PitchVocabulary): WeakPhrase[] {
  const matches = [
    ...findCues(pitch, vocabulary.buzzPhrases).map((match) => ({ ...match, kind: 'buzz' as const })),
    ...findCues(pitch, vocabulary.vaguePhrases).map((match) => ({ ...match, kind: 'vague' as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: WeakPhrase[] = [];
  let coveredUntil = 0;
  for (const match of matches) {
    if (match.start < coveredUntil) continue;
    kept.push({ kind: match.kind, quote: originalSlice(pitch.text, match.start, match.end), folded: pitch.text.folded.slice(match.start, match.end) });
    coveredUntil = match.end;
  }
  return kept;
}

/** Each buzz or vague phrase costs a quarter of the score; each distinct one is quoted with what to do. */
export function judgeClarity({ pitch, vocabulary, messages }: PitchReading): CriterionResult {
  const phrases = findWeakPhrases(pitch, vocabulary);
  const distinct = [...new Map(phrases.map((phrase) => [phrase.folded, phrase])).values()];
  const suggestions: PitchSuggestion[] = distinct.slice(0, phrasesQuoted).map(({ kind, quote }) => ({
    criterion: 'clarity',
    quote,
    message: kind === 'buzz' ? messages.buzzPhrase(quote) : messages.vaguePhrase(quote),
  }));
  return {
    score: clampScore(100 - pointsPerPhrase * phrases.length),
    details: {
      buzzPhrases: phrases.filter((phrase) => phrase.kind === 'buzz').map((phrase) => phrase.quote),
      vaguePhrases: phrases.filter((phrase) => phrase.kind === 'vague').map((phrase) => phrase.quote),
    },
    suggestions,
  };
}
