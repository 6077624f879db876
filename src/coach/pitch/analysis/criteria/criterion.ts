import type { PitchMessages } from '../messages/pitch-messages.ts';
import type { PitchVocabulary } from '../phrases/vocabulary.ts';
import type { PitchText } from '../text/pitch-text.ts';
import type { CriterionScore, PitchSuggestion } from '../types.ts';
import type { AskFinding } from './ask.ts';
import type { ConcreteFacts } from './concrete-facts.ts';

/** What every criterion judges from: the pitch read once, its language's lists and texts, shared findings. */
export interface PitchReading {
  pitch: PitchText;
  vocabulary: PitchVocabulary;
  messages: PitchMessages;
  wordsPerMinute: number;
  targetSeconds: number;
  facts: ConcreteFacts;
  ask: AskFinding;
}

/** A criterion's score and details, with the suggestions that would raise it. */
export interface CriterionResult extends CriterionScore {
  suggestions: PitchSuggestion[];
}

export const clampScore = (score: number) => Math.round(Math.min(100, Math.max(0, score)));
