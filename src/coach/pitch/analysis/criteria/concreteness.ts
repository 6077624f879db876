import { quoteSentence } from '../text/pitch-text.ts';
import type { PitchSuggestion } from '../types.ts';
import { clampScore, type CriterionResult, type PitchReading } from './criterion.ts';

// What each kind of checkable fact adds; a pitch with all of them is fully concrete.
const points = { number: 30, secondNumber: 10, ratio: 10, timeFrame: 15, name: 20, outcome: 15 };

/** Numbers, percentages, time frames, names and named outcomes: what makes a pitch believable. */
export function judgeConcreteness(reading: PitchReading): CriterionResult {
  const { facts, messages, pitch } = reading;
  const score =
    (facts.numbers.length ? points.number : 0) +
    (facts.numbers.length > 1 ? points.secondNumber : 0) +
    (facts.ratios.length ? points.ratio : 0) +
    (facts.timeFrames.length ? points.timeFrame : 0) +
    (facts.names.length ? points.name : 0) +
    (facts.outcomes.length ? points.outcome : 0);

  const suggestions: PitchSuggestion[] = [];
  if (!facts.numbers.length) {
    const sentence = facts.firstOutcomeSentence === null ? undefined : pitch.sentences[facts.firstOutcomeSentence];
    const quote = sentence ? quoteSentence(pitch, sentence) : null;
    suggestions.push({ criterion: 'concreteness', quote, message: messages.noNumbers(quote) });
  } else if (!facts.timeFrames.length) {
    suggestions.push({ criterion: 'concreteness', quote: null, message: messages.noTimeFrame });
  }
  if (!facts.names.length) suggestions.push({ criterion: 'concreteness', quote: null, message: messages.noNamedClient });

  const { firstOutcomeSentence: _, ...found } = facts;
  return { score: clampScore(score), details: found, suggestions };
}
