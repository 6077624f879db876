import { foldText } from './normalize.ts';

/**
 * Character trigrams of a text, each word padded the way pg_trgm pads it (two spaces before, one
 * after), so that similarities agree with what the database computes for the same strings.
 */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  const folded = foldText(text);
  if (!folded) return out;
  for (const word of folded.split(' ')) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Jaccard similarity (0–1) of the trigram sets of two texts; tolerates typos and missing letters. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (!left.size || !right.size) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}
