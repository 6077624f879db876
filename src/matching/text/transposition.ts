/**
 * Whether `typed` is `word` with two neighbouring letters swapped ("weddnig" for "wedding"), the
 * typo that trigram similarity forgives least: a swap in a short word changes most of its trigrams.
 */
export function isTransposition(typed: string, word: string): boolean {
  if (typed.length !== word.length) return false;
  let first = 0;
  while (first < word.length && typed[first] === word[first]) first++;
  return (
    first + 1 < word.length &&
    typed[first] === word[first + 1] &&
    typed[first + 1] === word[first] &&
    typed.slice(first + 2) === word.slice(first + 2)
  );
}
