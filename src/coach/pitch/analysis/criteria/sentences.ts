import { quoteSentence } from '../text/pitch-text.ts';
import { clampScore, type CriterionResult, type PitchReading } from './criterion.ts';

// Spoken, a sentence of more than 25 words loses the listener; up to 15 on average is easy to follow.
const longSentenceWords = 25;
const comfortableMean = 15;
const pointsPerExtraWord = 4;
const pointsPerLongSentence = 15;
const longSentencesQuoted = 3;

/** Sentence length: the mean and the longest, with the long ones quoted. */
export function judgeSentences({ pitch, messages }: PitchReading): CriterionResult {
  const counts = pitch.sentences.map((sentence) => sentence.tokenCount);
  const mean = counts.length ? counts.reduce((sum, count) => sum + count, 0) / counts.length : 0;
  const long = pitch.sentences.filter((sentence) => sentence.tokenCount > longSentenceWords);
  const quoted = long.slice(0, longSentencesQuoted).map((sentence) => ({ sentence, quote: quoteSentence(pitch, sentence) }));
  const score = 100 - pointsPerExtraWord * Math.max(0, mean - comfortableMean) - pointsPerLongSentence * long.length;
  return {
    score: clampScore(score),
    details: {
      sentences: counts.length,
      meanWords: Math.round(mean * 10) / 10,
      maxWords: counts.reduce((max, count) => Math.max(max, count), 0),
      longSentences: quoted.map(({ quote }) => quote),
    },
    suggestions: quoted.map(({ sentence, quote }) => ({
      criterion: 'sentences',
      quote,
      message: messages.longSentence(quote, sentence.tokenCount),
    })),
  };
}
