import type { PitchVocabulary } from '../phrases/vocabulary.ts';
import { originalSlice } from '../text/folded-text.ts';
import { findCues, foldedWordSet } from '../text/cues.ts';
import { tokenIndexAt, type PitchText, type Token } from '../text/pitch-text.ts';

/** The checkable things a pitch says, each as written: the material of proof and concreteness. */
export interface ConcreteFacts {
  numbers: string[];
  /** Percentages and multipliers ("30 %", "el doble"). */
  ratios: string[];
  /** "en 3 meses", "15 horas", "al mes". */
  timeFrames: string[];
  /** Capitalised names in mid-sentence: clients, places, brands. */
  names: string[];
  /** Named outcomes ("ahorran", "duplicar", "fill"). */
  outcomes: string[];
  /** The first sentence naming an outcome, to quote when it has no figure. */
  firstOutcomeSentence: number | null;
}

const digits = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const percentage = /(?<![\p{N}.,])\p{N}+(?:[.,]\p{N}+)*\s?%/gu;
// Words after a self-introduction that are still the speaker's own name or company ("Soy Ana García, de Contaplus").
const introWindow = 4;
// In text written mostly in capitals, capitals say nothing about names.
const shoutingShare = 0.6;

export function findConcreteFacts(pitch: PitchText, vocabulary: PitchVocabulary): ConcreteFacts {
  const { tokens, text } = pitch;
  const quote = (start: number, end: number) => originalSlice(text, start, end);
  const numberWords = foldedWordSet(vocabulary.numberWords);
  const timeUnits = foldedWordSet(vocabulary.timeUnits);
  const isNumber = (token: Token) => digits.test(token.folded) || numberWords.has(token.folded);

  const numbers = tokens.filter(isNumber).map((token) => quote(token.start, token.end));
  const ratios = [
    ...[...text.folded.matchAll(percentage)].map((match) => quote(match.index, match.index + match[0].length)),
    ...findCues(pitch, vocabulary.ratioCues).map((match) => quote(match.start, match.end)),
  ];
  const timeFrames = [
    ...tokens.flatMap((token, index) => {
      const next = tokens[index + 1];
      return next && isNumber(token) && timeUnits.has(next.folded) && next.sentence === token.sentence ? [quote(token.start, next.end)] : [];
    }),
    ...findCues(pitch, vocabulary.periodCues).map((match) => quote(match.start, match.end)),
  ];
  const outcomeMatches = findCues(pitch, vocabulary.outcomes);
  const firstOutcome = outcomeMatches[0];
  return {
    numbers,
    ratios,
    timeFrames,
    names: findNames(pitch, vocabulary),
    outcomes: outcomeMatches.map((match) => quote(match.start, match.end)),
    firstOutcomeSentence: firstOutcome ? (tokens[tokenIndexAt(pitch, firstOutcome.start)]?.sentence ?? null) : null,
  };
}

/**
 * Runs of capitalised words that do not start a sentence ("a La Tasca de Pepe", "El Corte Inglés"),
 * leaving out pronouns, function words, the speaker's own name after "soy"/"I'm", and English
 * months and days.
 */
function findNames(pitch: PitchText, vocabulary: PitchVocabulary): string[] {
  const { tokens } = pitch;
  const shouted = tokens.filter((token) => {
    const written = originalSlice(pitch.text, token.start, token.end);
    return written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase();
  }).length;
  if (tokens.length >= 5 && shouted > tokens.length * shoutingShare) return [];
  const ordinary = [vocabulary.stopWords, vocabulary.listenerWords, vocabulary.selfWords, vocabulary.capitalisedCommonWords].map(foldedWordSet);
  const stopWords = ordinary[0]!;
  const speakerOwn = new Set<number>();
  for (const intro of findCues(pitch, vocabulary.introCues)) {
    const first = tokenIndexAt(pitch, intro.end);
    for (let index = first; index < first + introWindow; index++) speakerOwn.add(index);
  }
  const isName = (token: Token, index: number) =>
    token.capitalised &&
    index > 0 &&
    tokens[index - 1]!.sentence === token.sentence &&
    /\p{L}\p{L}/u.test(token.folded) &&
    !speakerOwn.has(index) &&
    !ordinary.some((set) => set.has(token.folded));

  const runs: { start: number; end: number; first: number }[] = [];
  let lastName = -2;
  tokens.forEach((token, index) => {
    if (!isName(token, index)) return;
    const joinsPrevious =
      lastName === index - 1 || (lastName === index - 2 && stopWords.has(tokens[index - 1]!.folded) && tokens[lastName]!.sentence === token.sentence);
    if (joinsPrevious && runs.length) runs[runs.length - 1]!.end = token.end;
    else runs.push({ start: token.start, end: token.end, first: index });
    lastName = index;
  });
  // A capitalised article before a name belongs to it: "a La Tasca de Pepe".
  const withArticle = (run: { start: number; end: number; first: number }) => {
    const before = tokens[run.first - 1];
    const joins = before?.capitalised && run.first > 1 && tokens[run.first - 2]!.sentence === before.sentence && stopWords.has(before.folded);
    return originalSlice(pitch.text, joins ? before.start : run.start, run.end);
  };
  return runs.map(withArticle);
}
