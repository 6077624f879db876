/** The languages the pitch analysis has word lists for. */
export type PitchLanguage = 'es' | 'en';

export type PitchCriterion =
  | 'length'
  | 'structure'
  | 'sentences'
  | 'clarity'
  | 'listenerFocus'
  | 'concreteness'
  | 'ask';

/** What a suggestion is about: a criterion, or the text not being in the language analysed. */
export type PitchSuggestionTopic = PitchCriterion | 'language';

/** One piece of advice: which criterion, the weak phrase quoted (when there is one), what to do. */
export interface PitchSuggestion {
  criterion: PitchSuggestionTopic;
  quote: string | null;
  message: string;
}

export interface CriterionScore {
  /** 0–100 for this criterion. */
  score: number;
  /** Facts the score was computed from (counts, ratios, found parts), for display. */
  details: Record<string, number | string | boolean | string[]>;
}

export interface PitchAnalysis {
  language: PitchLanguage;
  /** 0–100, a weighted mean of the criteria. */
  score: number;
  words: number;
  /** Speaking time at `wordsPerMinute`, rounded to the second. */
  seconds: number;
  wordsPerMinute: number;
  /** The length the pitch was judged against. */
  targetSeconds: number;
  /** The language the text looks like (null: neither Spanish nor English, or too short to tell). */
  detectedLanguage: PitchLanguage | null;
  criteria: Record<PitchCriterion, CriterionScore>;
  suggestions: PitchSuggestion[];
}

export interface AnalyzeOptions {
  language: PitchLanguage;
  /** Default 130, a calm speaking pace in both languages. */
  wordsPerMinute?: number;
  /** The length the pitch is meant for (10, 30 or 60 s); default 30. */
  targetSeconds?: number;
}
