import type { PitchLanguage } from '../types.ts';
import { english } from './en.ts';
import { spanish } from './es.ts';

/** The six parts of a pitch, from the structured input, in the order they are usually said. */
export const pitchParts = ['audience', 'problem', 'result', 'proof', 'difference', 'ask'] as const;
export type PitchPart = (typeof pitchParts)[number];

/**
 * Everything the analysis knows about one language, as plain word lists so that a coach can extend
 * them without touching code. Phrases are matched folded (case and accents ignored) on word
 * boundaries; a trailing * means "any ending".
 */
export interface PitchVocabulary {
  /** Function words: language detection, and "says nothing" when judging how specific an ask is. */
  stopWords: readonly string[];
  /** Jargon the listener has heard a thousand times. */
  buzzPhrases: readonly string[];
  /** Claims nobody can check ("calidad", "líderes del sector"). */
  vaguePhrases: readonly string[];
  /** Words that put the listener in the sentence (you, tú, usted, ¿conoces…?). */
  listenerWords: readonly string[];
  /** Words that put the speaker in the sentence (I, we, nuestro, somos). */
  selfWords: readonly string[];
  /** Cues for the parts detected by phrases alone; the result, proof and ask also use the facts below. */
  partCues: Record<'audience' | 'problem' | 'result' | 'proof' | 'difference', readonly string[]>;
  /** Named, checkable outcomes (ahorrar, duplicar, fill, save): a result and a sign of concreteness. */
  outcomes: readonly string[];
  /** How the member asks for something (busco, ¿conoces a…?, introduce me to). */
  askCues: readonly string[];
  /** Words that make an ask too general to act on (clientes, oportunidades, anyone). */
  vagueAskWords: readonly string[];
  /** Numbers written as words. */
  numberWords: readonly string[];
  /** Percentages and multipliers written as words (por ciento, el doble, twice). */
  ratioCues: readonly string[];
  /** Units of time; after a number they make a time frame ("en 3 meses"). */
  timeUnits: readonly string[];
  /** Time frames without a number ("al mes", "every week"). */
  periodCues: readonly string[];
  /** Self-introductions; the capitalised words right after them are the speaker's name, not a client's. */
  introCues: readonly string[];
  /** Capitalised words that are not names (English months and days). */
  capitalisedCommonWords: readonly string[];
}

export const vocabularies: Record<PitchLanguage, PitchVocabulary> = { es: spanish, en: english };
