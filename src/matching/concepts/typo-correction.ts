import { stemWord } from '../text/normalize.ts';
import { isTransposition } from '../text/transposition.ts';
import { trigrams } from '../text/trigram.ts';

export interface VocabularyWord {
  word: string;
  stem: string;
  trigramCount: number;
}

/** The words typos are corrected against, findable by the trigrams they contain. */
export interface Vocabulary {
  readonly words: readonly VocabularyWord[];
  /** Trigram → ids of the words that contain it. */
  readonly wordsByTrigram: ReadonlyMap<string, readonly number[]>;
}

export interface CorrectedWord {
  word: string;
  stem: string;
  /** How similar the typo is to the word: their trigrams, or a swap of two letters. */
  similarity: number;
}

// A typo-corrected word must share this much of its trigrams with the vocabulary word; below it,
// unrelated words ("valencia", "spanish") start to match.
export const fuzzyThreshold = 0.5;
// Two neighbouring letters swapped ("tuorism") leave few trigrams in common, yet the word is plain.
const transposedSimilarity = 0.8;

/** Distinct folded words, in order: on a tie the word given first wins, so a typo is always corrected alike. */
export function buildVocabulary(distinctWords: Iterable<string>): Vocabulary {
  const words: VocabularyWord[] = [];
  const wordsByTrigram = new Map<string, number[]>();
  for (const word of distinctWords) {
    const grams = trigrams(word);
    for (const gram of grams) {
      const ids = wordsByTrigram.get(gram);
      if (ids) ids.push(words.length);
      else wordsByTrigram.set(gram, [words.length]);
    }
    words.push({ word, stem: stemWord(word), trigramCount: grams.size });
  }
  return { words, wordsByTrigram };
}

/** The vocabulary word closest to a misspelt word, if it is close enough. */
export function correctTypo(vocabulary: Vocabulary, typed: string): CorrectedWord | undefined {
  const grams = trigrams(typed);
  const shared = new Map<number, number>();
  for (const gram of grams)
    for (const id of vocabulary.wordsByTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  let best: { id: number; similarity: number } | undefined;
  for (const [id, count] of shared) {
    const candidate = vocabulary.words[id]!;
    const trigramSimilarity = count / (grams.size + candidate.trigramCount - count);
    const similarity = isTransposition(typed, candidate.word) ? Math.max(trigramSimilarity, transposedSimilarity) : trigramSimilarity;
    if (similarity < fuzzyThreshold || (best && (similarity < best.similarity || (similarity === best.similarity && id > best.id))))
      continue;
    best = { id, similarity };
  }
  if (!best) return undefined;
  const { word, stem } = vocabulary.words[best.id]!;
  return { word, stem, similarity: best.similarity };
}
