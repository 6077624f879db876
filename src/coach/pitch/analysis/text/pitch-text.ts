import { foldText, originalSlice, type FoldedText } from './folded-text.ts';

/** One word of the pitch; offsets are in the folded text. */
export interface Token {
  folded: string;
  start: number;
  end: number;
  /** Written with a capital first letter (a name, or the start of a sentence). */
  capitalised: boolean;
  /** Index of the sentence it belongs to. */
  sentence: number;
}

/** One sentence; `firstToken` and `tokenCount` index into the tokens. */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  tokenCount: number;
}

/** The pitch read once: folded text, words and sentences, shared by every criterion. */
export interface PitchText {
  text: FoldedText;
  tokens: Token[];
  sentences: Sentence[];
}

// A word: letters and digits, joined by apostrophes or hyphens ("I'm", "best-in-class"), or by a
// point or comma between digits ("3.000", "2,5").
const wordPattern = /[\p{L}\p{N}]+(?:(?:['-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;
// A sentence ends with . ! ? … before a space, a closing quote or the end, or with a line break.
const sentenceEndPattern = /[.!?…]+(?=[\s"'»”)\]]|$)|\n/gu;

export function readPitch(original: string): PitchText {
  const text = foldText(original);
  const ends = [...text.folded.matchAll(sentenceEndPattern)].map((match) => match.index + match[0].length);
  if (!ends.length || ends[ends.length - 1]! < text.folded.length) ends.push(text.folded.length);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceIndex = 0;
  let sentenceStart = 0;
  const closeSentencesBefore = (position: number) => {
    while (ends[sentenceIndex]! <= position) {
      const firstToken = sentences.length ? sentences[sentences.length - 1]!.firstToken + sentences[sentences.length - 1]!.tokenCount : 0;
      if (tokens.length > firstToken)
        sentences.push({ start: sentenceStart, end: ends[sentenceIndex]!, firstToken, tokenCount: tokens.length - firstToken });
      sentenceStart = ends[sentenceIndex]!;
      sentenceIndex++;
    }
  };
  for (const match of text.folded.matchAll(wordPattern)) {
    closeSentencesBefore(match.index);
    const first = text.original.charAt(text.starts[match.index]!);
    tokens.push({
      folded: match[0],
      start: match.index,
      end: match.index + match[0].length,
      capitalised: first !== first.toLowerCase(),
      sentence: sentences.length,
    });
  }
  closeSentencesBefore(text.folded.length);
  return { text, tokens, sentences };
}

/** A sentence as written, cut after `maxWords` words with "…" so that suggestions stay short. */
export function quoteSentence(pitch: PitchText, sentence: Sentence, maxWords = 14): string {
  const cut = sentence.tokenCount > maxWords;
  const end = cut ? pitch.tokens[sentence.firstToken + maxWords - 1]!.end : sentence.end;
  const quoted = originalSlice(pitch.text, sentence.start, end).trim();
  return cut ? `${quoted}…` : quoted;
}

/** The words of a sentence. */
export function sentenceTokens(pitch: PitchText, sentence: Sentence): Token[] {
  return pitch.tokens.slice(sentence.firstToken, sentence.firstToken + sentence.tokenCount);
}

/** Index of the first token starting at or after `position` (tokens.length when none does). */
export function tokenIndexAt(pitch: PitchText, position: number): number {
  let low = 0;
  let high = pitch.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pitch.tokens[middle]!.start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
