import { foldText } from './folded-text.ts';
import type { PitchText } from './pitch-text.ts';

/** Where a cue was found, in folded offsets. */
export interface CueMatch {
  start: number;
  end: number;
}

/**
 * Cue lists are written as people write ("líderes del sector", "best-in-class", "ahorr*"). Matching
 * folds case and accents, respects word boundaries, lets a space or a hyphen stand for each other,
 * and reads a trailing * as "any ending" (ahorr* → ahorro, ahorran, ahorrar).
 */
function cuePattern(cue: string): string {
  return foldText(cue.trim())
    .folded.split(/[\s-]+/)
    .map((word) => (word.endsWith('*') ? `${escape(word.slice(0, -1))}[\\p{L}\\p{N}]*` : escape(word)))
    .join('[\\s\\-]+');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Lists are module constants, so each is compiled once; longer cues first, so the longest wins.
// Sticky: a cue is only tried where a word starts, which keeps long texts fast.
const compiled = new WeakMap<readonly string[], RegExp>();

function cueRegExp(cues: readonly string[]): RegExp {
  let pattern = compiled.get(cues);
  if (!pattern) {
    const alternatives = [...cues].sort((a, b) => b.length - a.length).map(cuePattern);
    pattern = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'uy');
    compiled.set(cues, pattern);
  }
  return pattern;
}

/** Every non-overlapping occurrence of any cue in the pitch, each starting at a word, in order. */
export function findCues(pitch: PitchText, cues: readonly string[]): CueMatch[] {
  if (!cues.length) return [];
  const pattern = cueRegExp(cues);
  const matches: CueMatch[] = [];
  let coveredUntil = 0;
  for (const token of pitch.tokens) {
    if (token.start < coveredUntil) continue;
    pattern.lastIndex = token.start;
    const match = pattern.exec(pitch.text.folded);
    if (!match) continue;
    coveredUntil = token.start + match[0].length;
    matches.push({ start: token.start, end: coveredUntil });
  }
  return matches;
}

const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A word list as a set of folded words, built once per list. */
export function foldedWordSet(words: readonly string[]): ReadonlySet<string> {
  let set = wordSets.get(words);
  if (!set) {
    set = new Set(words.map((word) => foldText(word).folded));
    wordSets.set(words, set);
  }
  return set;
}
