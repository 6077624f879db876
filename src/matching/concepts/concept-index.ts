import type { ConceptKind, Taxonomy } from '../taxonomy/taxonomy.ts';
import { stemWord, tokenize, tokenizeWithQualifier } from '../text/normalize.ts';
import { trigrams } from '../text/trigram.ts';

/** One way of naming a concept: a label, synonym or profession name in one language. */
export interface IndexedTerm {
  conceptId: string;
  text: string;
  locale: 'es' | 'en';
  stems: string[];
}

/** Everything mapPhrase needs, computed once per taxonomy. Treat as opaque. */
export interface ConceptIndex {
  readonly terms: readonly IndexedTerm[];
  /** Stem → ids of the terms that contain it. */
  readonly termsByStem: ReadonlyMap<string, readonly number[]>;
  /** Every folded word of every term, for typo correction, with its stem and trigram count. */
  readonly words: readonly { word: string; stem: string; trigramCount: number }[];
  /** Trigram → ids of the words that contain it. */
  readonly wordsByTrigram: ReadonlyMap<string, readonly number[]>;
  readonly kinds: ReadonlyMap<string, ConceptKind>;
}

export type MatchKind = 'exact' | 'stems' | 'fuzzy' | 'partial';

export interface ConceptMatch {
  conceptId: string;
  /** 0–1: exact term in the phrase > every stem present > typo-corrected > part of a term. */
  confidence: number;
  /** The label, synonym or profession name that matched, as written in the taxonomy. */
  term: string;
  locale: 'es' | 'en';
  kind: MatchKind;
  /**
   * subject: what the phrase is about; qualifier: only named after "para", "for", "que", "sin"…, so
   * whom or what it is for ("restaurantes" in "software para restaurantes").
   */
  role: 'subject' | 'qualifier';
}

export interface ConceptConfidence {
  conceptId: string;
  confidence: number;
}

// A typo-corrected word must share this much of its trigrams with the vocabulary word; below it,
// unrelated words ("valencia", "spanish") start to match.
const fuzzyThreshold = 0.5;
const fuzzyMinLength = 4;
const defaultMinConfidence = 0.25;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildConceptIndex(taxonomy: Taxonomy): ConceptIndex {
  const terms: IndexedTerm[] = [];
  const termsByStem = new Map<string, number[]>();
  const words: { word: string; stem: string; trigramCount: number }[] = [];
  const wordsByTrigram = new Map<string, number[]>();
  const seenTerms = new Set<string>();
  const seenWords = new Set<string>();

  for (const concept of taxonomy.concepts) {
    for (const locale of ['es', 'en'] as const) {
      const names = [concept.label[locale], ...concept.synonyms[locale], ...(concept.profession?.[locale] ?? [])];
      for (const text of names) {
        const folded = tokenize(text);
        // Every spelling joins the vocabulary typos are corrected against ("photographer" as well as
        // "photography"), though both stem alike and make one term.
        for (const word of folded) {
          if (seenWords.has(word)) continue;
          seenWords.add(word);
          const grams = trigrams(word);
          for (const gram of grams) push(wordsByTrigram, gram, words.length);
          words.push({ word, stem: stemWord(word), trigramCount: grams.size });
        }
        const stems = folded.map(stemWord);
        const key = `${concept.id}\u0000${stems.join(' ')}`;
        if (!stems.length || seenTerms.has(key)) continue;
        seenTerms.add(key);
        for (const stem of new Set(stems)) push(termsByStem, stem, terms.length);
        terms.push({ conceptId: concept.id, text, locale, stems });
      }
    }
  }
  return { terms, termsByStem, words, wordsByTrigram, kinds: new Map(taxonomy.concepts.map((c) => [c.id, c.kind])) };
}

/** The stem of the vocabulary word closest to a misspelt word, if it is close enough. */
function correctTypo(index: ConceptIndex, word: string): { stem: string; similarity: number } | undefined {
  const grams = trigrams(word);
  const shared = new Map<number, number>();
  for (const gram of grams)
    for (const id of index.wordsByTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  let best: { id: number; stem: string; similarity: number } | undefined;
  for (const [id, count] of shared) {
    const candidate = index.words[id]!;
    const similarity = count / (grams.size + candidate.trigramCount - count);
    // Ties go to the word indexed first, so the same typo is always corrected the same way.
    if (similarity < fuzzyThreshold || (best && (similarity < best.similarity || (similarity === best.similarity && id > best.id))))
      continue;
    best = { id, stem: candidate.stem, similarity };
  }
  return best;
}

interface ScoredMatch extends ConceptMatch {
  positions: number[];
  stemCount: number;
}

function isSubset(small: readonly number[], large: readonly number[]): boolean {
  return small.every((p) => large.includes(p));
}

/**
 * The concepts a free-text offer or need refers to, best first. Only terms sharing a stem with
 * the phrase are examined (through the stem index), so the cost does not grow with the taxonomy.
 */
export function mapPhrase(
  index: ConceptIndex,
  phrase: string,
  { minConfidence = defaultMinConfidence }: { minConfidence?: number } = {},
): ConceptMatch[] {
  const { words, qualifierStart } = tokenizeWithQualifier(phrase);
  if (!words.length) return [];

  // Position of each known stem in the phrase, and how sure we are it is that stem (1 unless corrected).
  const positionOf = new Map<string, number>();
  const similarityAt: number[] = [];
  words.forEach((word, position) => {
    let stem = stemWord(word);
    let similarity = 1;
    if (!index.termsByStem.has(stem)) {
      const corrected = word.length >= fuzzyMinLength ? correctTypo(index, word) : undefined;
      if (!corrected) return;
      ({ stem, similarity } = corrected);
    }
    similarityAt[position] = similarity;
    if (!positionOf.has(stem)) positionOf.set(stem, position);
  });

  const candidateTerms = new Set<number>();
  for (const stem of positionOf.keys()) for (const id of index.termsByStem.get(stem) ?? []) candidateTerms.add(id);

  const best = new Map<string, ScoredMatch>();
  for (const id of candidateTerms) {
    const term = index.terms[id]!;
    const positions: number[] = [];
    let lowestSimilarity = 1;
    for (const stem of term.stems) {
      const position = positionOf.get(stem);
      if (position === undefined) continue;
      positions.push(position);
      lowestSimilarity = Math.min(lowestSimilarity, similarityAt[position] ?? 1);
    }
    const share = positions.length / term.stems.length;
    if (share < 0.5) continue;

    let kind: MatchKind;
    let base: number;
    if (share < 1) {
      kind = 'partial';
      base = 0.6 * share;
    } else if (lowestSimilarity < 1) {
      kind = 'fuzzy';
      base = 0.5 + (0.3 * (lowestSimilarity - fuzzyThreshold)) / (1 - fuzzyThreshold);
    } else if (positions.every((p, i) => i === 0 || p === positions[i - 1]! + 1)) {
      kind = 'exact';
      base = 1;
    } else {
      kind = 'stems';
      base = 0.85;
    }
    // Of two terms found the same way, the one that explains more of the phrase is the better reading.
    const coverage = new Set(positions).size / words.length;
    const confidence = base * (0.8 + 0.2 * coverage);
    const current = best.get(term.conceptId);
    if (
      !current ||
      confidence > current.confidence ||
      (confidence === current.confidence && term.stems.length > current.stemCount)
    )
      best.set(term.conceptId, {
        conceptId: term.conceptId, confidence, term: term.text, locale: term.locale, kind,
        role: positions.every((p) => p >= qualifierStart) ? 'qualifier' : 'subject', positions,
        stemCount: term.stems.length,
      });
  }

  const matches = [...best.values()].filter((m) => m.confidence >= minConfidence);
  // "fotografía de bodas" names wedding photography, not photography in general: a match whose words
  // all belong to a longer term found whole, or to an equally placed surer one, is dropped.
  const dominates = (other: ScoredMatch, m: ScoredMatch) =>
    other !== m &&
    isSubset(m.positions, other.positions) &&
    (other.positions.length > m.positions.length
      ? other.kind !== 'partial' || other.confidence >= m.confidence
      : other.confidence > m.confidence);
  const kept = matches.filter((m) => !matches.some((other) => dominates(other, m)));
  return kept
    .sort((a, b) => b.confidence - a.confidence || b.stemCount - a.stemCount || (a.conceptId < b.conceptId ? -1 : 1))
    .map(({ conceptId, confidence, term, locale, kind, role }) => ({ conceptId, confidence, term, locale, kind, role }));
}

/** The concepts of several phrases (a member's offers or needs): each once, with its best confidence. */
export function mapPhrases(
  index: ConceptIndex,
  phrases: readonly string[],
  options: { minConfidence?: number } = {},
): ConceptConfidence[] {
  const best = new Map<string, number>();
  for (const phrase of phrases)
    for (const match of mapPhrase(index, phrase, options))
      best.set(match.conceptId, Math.max(best.get(match.conceptId) ?? 0, match.confidence));
  return [...best]
    .map(([conceptId, confidence]) => ({ conceptId, confidence }))
    .sort((a, b) => b.confidence - a.confidence || (a.conceptId < b.conceptId ? -1 : 1));
}
