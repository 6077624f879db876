import type { PitchVocabulary } from '../phrases/vocabulary.ts';
import { findCues, foldedWordSet } from '../text/cues.ts';
import { quoteSentence, tokenIndexAt, type PitchText } from '../text/pitch-text.ts';
import type { CriterionResult, PitchReading } from './criterion.ts';

/** The pitch's ask, if it has one: the sentence, and whether it says whom specifically. */
export interface AskFinding {
  found: boolean;
  specific: boolean;
  quote: string | null;
}

// An ask is specific when, after "busco" or "introduce me to", it names at least this many words
// that are neither function words nor catch-alls like "clientes", "oportunidades", "anyone".
const specificWordsNeeded = 2;
// Whom the ask is about comes right after the cue; looking further would only cost time on long texts.
const wordsLookedAt = 25;

export function findAsk(pitch: PitchText, vocabulary: PitchVocabulary): AskFinding {
  const ignored = [vocabulary.stopWords, vocabulary.vagueAskWords, vocabulary.listenerWords, vocabulary.selfWords].map(foldedWordSet);
  let best: { sentence: number; specificWords: number } | undefined;
  for (const cue of findCues(pitch, vocabulary.askCues)) {
    const first = tokenIndexAt(pitch, cue.end);
    const sentence = pitch.tokens[tokenIndexAt(pitch, cue.start)]?.sentence;
    if (sentence === undefined) continue;
    let specificWords = 0;
    for (let index = first; index < first + wordsLookedAt && pitch.tokens[index]?.sentence === sentence; index++)
      if (!ignored.some((set) => set.has(pitch.tokens[index]!.folded))) specificWords++;
    if (!best || specificWords > best.specificWords) best = { sentence, specificWords };
  }
  if (!best) return { found: false, specific: false, quote: null };
  return { found: true, specific: best.specificWords >= specificWordsNeeded, quote: quoteSentence(pitch, pitch.sentences[best.sentence]!) };
}

/** A clear ask scores 100, a catch-all one ("busco clientes") 50, none 0. */
export function judgeAsk({ ask, messages }: PitchReading): CriterionResult {
  const details = { found: ask.found, specific: ask.specific, ...(ask.quote ? { quote: ask.quote } : {}) };
  if (!ask.found) return { score: 0, details, suggestions: [{ criterion: 'ask', quote: null, message: messages.missingPart.ask }] };
  if (!ask.specific) return { score: 50, details, suggestions: [{ criterion: 'ask', quote: ask.quote, message: messages.vagueAsk(ask.quote!) }] };
  return { score: 100, details, suggestions: [] };
}
