import type { PitchPart } from '../phrases/vocabulary.ts';
import type { PitchLanguage } from '../types.ts';
import { englishMessages } from './en.ts';
import { spanishMessages } from './es.ts';

/** How long the pitch is against how long it should be. */
export interface LengthFacts {
  words: number;
  seconds: number;
  targetWords: number;
  targetSeconds: number;
}

/** The suggestion texts of one language; each quotes the weak phrase it is about, when there is one. */
export interface PitchMessages {
  empty(target: LengthFacts): string;
  /** What to write for a part that is missing (also the guidance for an empty text). */
  missingPart: Record<PitchPart, string>;
  otherLanguage(detected: PitchLanguage | null): string;
  tooShort(length: LengthFacts): string;
  tooLong(length: LengthFacts): string;
  longSentence(quote: string, words: number): string;
  buzzPhrase(quote: string): string;
  vaguePhrase(quote: string): string;
  selfFocus(quote: string): string;
  noListener: string;
  noNumbers(quote: string | null): string;
  noTimeFrame: string;
  noNamedClient: string;
  vagueAsk(quote: string): string;
}

export const pitchMessages: Record<PitchLanguage, PitchMessages> = { es: spanishMessages, en: englishMessages };

/** "45 s", "2 min 10 s": speaking times in suggestions (the same in both languages). */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return `${rest} s`;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
