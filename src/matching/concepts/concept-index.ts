import type { ConceptKind, Taxonomy } from '../taxonomy/taxonomy.ts';
import { inflectionStem, stemWord, tokenize, tokenizeWithQualifier } from '../text/normalize.ts';
import { buildVocabulary, correctTypo, fuzzyThreshold, type CorrectedWord, type Vocabulary } from './typo-correction.ts';

/** One way of naming a concept: a label, synonym or profession name in one language. */
export interface IndexedTerm {
  conceptId: string;
  text: string;
  locale: 'es' | 'en';
  stems: string[];
}

/**
 * The folded words of all of a concept's names, and the same without plural and gender endings: a
 * phrase with the very word reads the concept more surely than one sharing only its stem ("museo"
 * names museums, not live music for its "músico").
 */
export interface ConceptWords {
  readonly spellings: ReadonlySet<string>;
  readonly inflectionStems: ReadonlySet<string>;
}

/**
 * Everything mapPhrase needs, computed once per taxonomy. Treat as opaque. Its vocabulary, which
 * typos are corrected against, is every folded word of every term.
 */
export interface ConceptIndex extends Vocabulary {
  readonly terms: readonly IndexedTerm[];
  /** Stem → ids of the terms that contain it. */
  readonly termsByStem: ReadonlyMap<string, readonly number[]>;
  readonly conceptWords: ReadonlyMap<string, ConceptWords>;
  readonly kinds: ReadonlyMap<string, ConceptKind>;
}

export type MatchKind = 'exact' | 'stems' | 'fuzzy';

export interface ConceptMatch {
  conceptId: string;
  /**
   * 0.5–1: exact term in the phrase > every stem present, scattered > typo-corrected; lower when the
   * phrase's words share only their stem with the concept's ("fundadora" and "fundación").
   */
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

const fuzzyMinLength = 4;
// Below this, a match is more likely a coincidence of words than what the member meant: a weak typo
// correction ("embudos" read as "embutido") or a word shared with a concept only by its stem.
const minConfidence = 0.5;

// How well a phrase word agrees with a concept's words, once their stems are the same.
const sameWord = 1;
const sameInflectionStem = 0.95;
const sameStemOnly = 0.9;

export function buildConceptIndex(taxonomy: Taxonomy): ConceptIndex {
  const terms: IndexedTerm[] = [];
  const termsByStem = new Map<string, number[]>();
  const conceptWords = new Map<string, ConceptWords>();
  const seenTerms = new Set<string>();
  // Every spelling joins the vocabulary ("photographer" as well as "photography"), though both stem
  // alike and make one term.
  const vocabulary = new Set<string>();

  for (const concept of taxonomy.concepts) {
    const own = { spellings: new Set<string>(), inflectionStems: new Set<string>() };
    conceptWords.set(concept.id, own);
    for (const locale of ['es', 'en'] as const) {
      const names = [concept.label[locale], ...concept.synonyms[locale], ...(concept.profession?.[locale] ?? [])];
      for (const text of names) {
        const folded = tokenize(text);
        for (const word of folded) {
          own.spellings.add(word);
          own.inflectionStems.add(inflectionStem(word));
          vocabulary.add(word);
        }
        const stems = folded.map(stemWord);
        const key = `${concept.id}\u0000${stems.join(' ')}`;
        if (!stems.length || seenTerms.has(key)) continue;
        seenTerms.add(key);
        for (const stem of new Set(stems)) {
          const ids = termsByStem.get(stem);
          if (ids) ids.push(terms.length);
          else termsByStem.set(stem, [terms.length]);
        }
        terms.push({ conceptId: concept.id, text, locale, stems });
      }
    }
  }
  const kinds = new Map(taxonomy.concepts.map((c) => [c.id, c.kind]));
  return { ...buildVocabulary(vocabulary), terms, termsByStem, conceptWords, kinds };
}

/** A phrase word as mapping reads it: as written (similarity 1), or the vocabulary word a typo was corrected to. */
type ReadWord = CorrectedWord;

function readWord(index: ConceptIndex, word: string): ReadWord | undefined {
  const stem = stemWord(word);
  if (index.termsByStem.has(stem)) return { word, stem, similarity: 1 };
  return word.length >= fuzzyMinLength ? correctTypo(index, word) : undefined;
}

/** How well a word read in the phrase agrees with a concept's words (one of which shares its stem). */
function agreement(own: ConceptWords, word: string): number {
  if (own.spellings.has(word)) return sameWord;
  return own.inflectionStems.has(inflectionStem(word)) ? sameInflectionStem : sameStemOnly;
}

/** A phrase as mapping reads it: which word it reads at each position, and where each stem is first. */
interface ReadPhrase {
  wordCount: number;
  qualifierStart: number;
  readAt: ReadWord[];
  positionOf: Map<string, number>;
}

function readPhrase(index: ConceptIndex, phrase: string): ReadPhrase {
  const { words, qualifierStart } = tokenizeWithQualifier(phrase);
  const positionOf = new Map<string, number>();
  const readAt: ReadWord[] = [];
  words.forEach((word, position) => {
    const read = readWord(index, word);
    if (!read) return;
    readAt[position] = read;
    if (!positionOf.has(read.stem)) positionOf.set(read.stem, position);
  });
  return { wordCount: words.length, qualifierStart, readAt, positionOf };
}

interface TermMatch extends ConceptMatch {
  positions: number[];
  stemCount: number;
}

/** How surely the phrase names this term, if every word of the term is in it. */
function matchTerm(index: ConceptIndex, term: IndexedTerm, phrase: ReadPhrase): TermMatch | undefined {
  const positions = term.stems.flatMap((stem) => phrase.positionOf.get(stem) ?? []);
  // Part of a name ("empresa" of "seguro para empresas") is a coincidence of words, not a reading.
  if (positions.length < term.stems.length) return undefined;
  const read = positions.map((position) => phrase.readAt[position]!);
  const lowestSimilarity = Math.min(...read.map((r) => r.similarity));
  const own = index.conceptWords.get(term.conceptId)!;
  const agreements = read.map((r) => agreement(own, r.word));
  const coverage = new Set(positions).size / phrase.wordCount;
  // Words that share only their stem with the concept's ("speaking" and "speaker", "customers" and
  // "customs") name it alone, not amid other words.
  if (Math.max(...agreements) === sameStemOnly && coverage < 1) return undefined;

  let kind: MatchKind;
  let base: number;
  if (lowestSimilarity < 1) {
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
  return {
    conceptId: term.conceptId,
    confidence: base * Math.min(...agreements) * (0.8 + 0.2 * coverage),
    term: term.text,
    locale: term.locale,
    kind,
    role: positions.every((p) => p >= phrase.qualifierStart) ? 'qualifier' : 'subject',
    positions,
    stemCount: term.stems.length,
  };
}

/** A concept's best term in the phrase, and every word its terms explain. */
interface ConceptReading extends TermMatch {
  explained: ReadonlySet<number>;
}

function isSubset(small: ReadonlySet<number>, large: ReadonlySet<number>): boolean {
  return [...small].every((p) => large.has(p));
}

/**
 * The concepts a free-text offer or need refers to, best first: those with a name all of whose
 * words are in the phrase (as written, inflected, stemmed alike or misspelt), with reasonable
 * confidence. Only terms sharing a stem with the phrase are examined (through the stem index), so
 * the cost does not grow with the taxonomy.
 */
export function mapPhrase(index: ConceptIndex, phrase: string): ConceptMatch[] {
  const read = readPhrase(index, phrase);
  const candidateTerms = new Set<number>();
  for (const stem of read.positionOf.keys()) for (const id of index.termsByStem.get(stem) ?? []) candidateTerms.add(id);

  const readings = new Map<string, ConceptReading>();
  for (const id of candidateTerms) {
    const match = matchTerm(index, index.terms[id]!, read);
    if (!match || match.confidence < minConfidence) continue;
    const current = readings.get(match.conceptId);
    const explained = new Set([...(current?.explained ?? []), ...match.positions]);
    const better =
      !current || match.confidence > current.confidence || (match.confidence === current.confidence && match.stemCount > current.stemCount);
    readings.set(match.conceptId, { ...(better ? match : current), explained });
  }

  const all = [...readings.values()];
  // "fotografía de bodas" names wedding photography, not photography in general: a concept whose words
  // in the phrase another concept explains along with more, or more surely, is dropped; so "fundación"
  // is not read as "funding" where a concept is named "fundación".
  const dominates = (other: ConceptReading, m: ConceptReading) =>
    other !== m &&
    isSubset(m.explained, other.explained) &&
    (other.explained.size > m.explained.size || other.confidence > m.confidence);
  return all
    .filter((m) => !all.some((other) => dominates(other, m)))
    .sort((a, b) => b.confidence - a.confidence || b.stemCount - a.stemCount || (a.conceptId < b.conceptId ? -1 : 1))
    .map(({ conceptId, confidence, term, locale, kind, role }) => ({ conceptId, confidence, term, locale, kind, role }));
}

/** The concepts of several phrases (a member's offers or needs): each once, with its best confidence. */
export function mapPhrases(index: ConceptIndex, phrases: readonly string[]): ConceptConfidence[] {
  const best = new Map<string, number>();
  for (const phrase of phrases)
    for (const match of mapPhrase(index, phrase))
      best.set(match.conceptId, Math.max(best.get(match.conceptId) ?? 0, match.confidence));
  return [...best]
    .map(([conceptId, confidence]) => ({ conceptId, confidence }))
    .sort((a, b) => b.confidence - a.confidence || (a.conceptId < b.conceptId ? -1 : 1));
}
