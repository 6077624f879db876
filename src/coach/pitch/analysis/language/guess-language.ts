import { foldedWordSet } from '../text/cues.ts';
import { readPitch, type Token } from '../text/pitch-text.ts';
import { vocabularies } from '../phrases/vocabulary.ts';
import type { PitchLanguage } from '../types.ts';
import { otherLanguagesStopWords } from './other-stop-words.ts';

const candidates: [string, readonly string[]][] = [
  ['es', vocabularies.es.stopWords],
  ['en', vocabularies.en.stopWords],
  ...Object.entries(otherLanguagesStopWords),
];

// Below these, a text is too short or too unusual to tell (a list of keywords, a name).
const minStopWords = 2;
const minStopWordShare = 0.1;

/** How many of the tokens are each candidate language's function words, most first. */
function languageHits(tokens: readonly Token[]): { language: string; hits: number }[] {
  const counts = candidates.map(([language, words]) => {
    const set = foldedWordSet(words);
    return { language, hits: tokens.reduce((sum, token) => sum + (set.has(token.folded) ? 1 : 0), 0) };
  });
  return counts.sort((a, b) => b.hits - a.hits);
}

/** The language whose function words a text's words are, when it is one of ours; from its tokens. */
export function guessLanguageOfTokens(tokens: readonly Token[]): PitchLanguage | null {
  const [best, second] = languageHits(tokens);
  if (!best || best.hits < minStopWords || best.hits < tokens.length * minStopWordShare) return null;
  if (second && second.hits === best.hits) return null;
  return best.language === 'es' || best.language === 'en' ? best.language : null;
}

/**
 * Whether no other language's function words fit the text better than `language`'s: a text whose
 * only function word is "a" (Spanish, Portuguese, Italian…) is not told it is in the wrong language.
 */
export function fitsLanguage(tokens: readonly Token[], language: PitchLanguage): boolean {
  const counts = languageHits(tokens);
  const own = counts.find((count) => count.language === language)?.hits ?? 0;
  return own > 0 && own === counts[0]!.hits;
}

/**
 * Spanish, English, or null for neither (another language, or too little text to tell), judged
 * by which language's function words the text uses most.
 */
export function guessPitchLanguage(text: string): PitchLanguage | null {
  return guessLanguageOfTokens(readPitch(text).tokens);
}
