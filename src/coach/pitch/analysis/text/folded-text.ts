/**
 * A text folded for matching — lower case, accents and other marks stripped (NFD), typographic
 * apostrophes made plain — that remembers where each folded character came from, so that a match
 * found in the folded text can be quoted exactly as the member wrote it.
 */
export interface FoldedText {
  original: string;
  folded: string;
  /** For each UTF-16 unit of `folded`, where its character starts in `original`. */
  starts: number[];
  /** For each UTF-16 unit of `folded`, where its character (with any marks after it) ends in `original`. */
  ends: number[];
}

const apostrophes = /[’‘`´]/g;

function foldCharacter(character: string): string {
  // Plain ASCII needs no decomposition, and is most of any text: keep long pitches fast.
  if (character < '\u0080') return character === '`' ? "'" : character.toLowerCase();
  return character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(apostrophes, "'");
}

export function foldText(original: string): FoldedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const character of original) {
    const end = offset + character.length;
    const folded = foldCharacter(character);
    // A lone combining mark (text already in NFD) folds to nothing: it belongs to the letter before it.
    if (!folded && ends.length) ends[ends.length - 1] = end;
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(offset);
      ends.push(end);
    }
    parts.push(folded);
    offset = end;
  }
  return { original, folded: parts.join(''), starts, ends };
}

/** The original text behind the folded range [start, end). */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  return text.original.slice(text.starts[start], text.ends[end - 1]);
}
