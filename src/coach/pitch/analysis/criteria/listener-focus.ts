import { foldedWordSet } from '../text/cues.ts';
import { quoteSentence } from '../text/pitch-text.ts';
import { clampScore, type CriterionResult, type PitchReading } from './criterion.ts';

// A pitch that never addresses the listener scores this at most, however little it says "I".
const neutralScore = 60;
// Below this the pitch talks mostly about the speaker, and the most self-centred sentence is quoted.
const adviseBelow = 70;
// Naming yourself once or twice is fine: each "I/we" weighs a third of a "you".
const selfWeight = 1 / 3;

/**
 * "You" against "I/we": (you + 1) / (you + 1 + we/3), so naming yourself only pulls the score down
 * when it dominates; without a single "you" the score stays at or below neutral.
 */
export function judgeListenerFocus({ pitch, vocabulary, messages }: PitchReading): CriterionResult {
  const listenerWords = foldedWordSet(vocabulary.listenerWords);
  const selfWords = foldedWordSet(vocabulary.selfWords);
  const selfPerSentence = new Array<number>(pitch.sentences.length).fill(0);
  let listener = 0;
  let self = 0;
  for (const token of pitch.tokens) {
    if (listenerWords.has(token.folded)) listener++;
    else if (selfWords.has(token.folded)) {
      self++;
      selfPerSentence[token.sentence]!++;
    }
  }
  const details = { listenerWords: listener, selfWords: self, listenerShare: listener + self ? Math.round((100 * listener) / (listener + self)) / 100 : 0 };
  const ratio = clampScore((100 * (listener + 1)) / (listener + 1 + self * selfWeight));
  const score = listener ? ratio : Math.min(neutralScore, ratio);
  if (ratio < adviseBelow) {
    const mostSelfCentred = selfPerSentence.reduce((best, count, index) => (count > selfPerSentence[best]! ? index : best), 0);
    const quote = quoteSentence(pitch, pitch.sentences[mostSelfCentred]!);
    return { score, details, suggestions: [{ criterion: 'listenerFocus', quote, message: messages.selfFocus(quote) }] };
  }
  if (!listener) return { score, details, suggestions: [{ criterion: 'listenerFocus', quote: null, message: messages.noListener }] };
  return { score, details, suggestions: [] };
}
