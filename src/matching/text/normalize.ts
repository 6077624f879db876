/**
 * Text normalisation shared by concept mapping and ranking: fold case and accents, drop stop words,
 * and reduce Spanish and English word forms to a common stem so that "fotógrafa", "fotografías",
 * "photographer" and "photography" meet.
 */

/** Lower case, accents stripped (NFD), anything but letters and digits turned into single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Function words, plus the verbs people open an offer or a need with ("busco", "looking for"),
// which say nothing about the concept.
const stopWords = new Set([
  // Spanish
  'a', 'al', 'ante', 'con', 'de', 'del', 'e', 'el', 'en', 'entre', 'es', 'esta', 'este', 'estos', 'estas',
  'la', 'las', 'lo', 'los', 'mas', 'me', 'mi', 'mis', 'muy', 'nos', 'nuestro', 'nuestra', 'nuestros',
  'nuestras', 'o', 'otro', 'otra', 'otros', 'otras', 'para', 'pero', 'por', 'que', 'quien', 'quienes', 'se',
  'sin', 'sobre', 'son', 'soy', 'somos', 'su', 'sus', 'te', 'tu', 'tus', 'u', 'un', 'una', 'unas', 'uno',
  'unos', 'y',
  'busco', 'buscamos', 'buscando', 'necesito', 'necesitamos', 'ofrezco', 'ofrecemos', 'quiero', 'queremos',
  'servicio', 'servicios',
  // English
  'an', 'and', 'any', 'are', 'as', 'at', 'by', 'for', 'from', 'i', 'in', 'into', 'is', 'it', 'its', 'me',
  'my', 'of', 'on', 'or', 'our', 'some', 'that', 'the', 'their', 'to', 'we', 'which', 'who', 'with', 'without',
  'you', 'your',
  'looking', 'need', 'needs', 'offer', 'offering', 'offers', 'seeking', 'want', 'wanted',
  'service', 'services',
]);

// After these words a phrase says whom or what it is for, not what it is: "software para gimnasios",
// "wineries looking for an importer", "pymes sin departamento de informática".
const qualifierMarkers = new Set([
  'para', 'que', 'quien', 'quienes', 'sin', 'for', 'to', 'into', 'that', 'who', 'which', 'without',
]);

/**
 * Folded words of a text without stop words, in order, and the index of the first word that comes
 * after a qualifier marker (words.length when there is none).
 */
export function tokenizeWithQualifier(text: string): { words: string[]; qualifierStart: number } {
  const words: string[] = [];
  let qualifierStart = -1;
  const folded = foldText(text);
  for (const word of folded ? folded.split(' ') : []) {
    if (qualifierStart < 0 && qualifierMarkers.has(word)) qualifierStart = words.length;
    if (!stopWords.has(word)) words.push(word);
  }
  return { words, qualifierStart: qualifierStart < 0 ? words.length : qualifierStart };
}

/** Folded words of a text, without stop words, in order. */
export function tokenize(text: string): string[] {
  return tokenizeWithQualifier(text).words;
}

/** Stems of the meaningful words of a text, in order. */
export function stemText(text: string): string[] {
  return tokenize(text).map(stemWord);
}

const minStem = 3;

interface SuffixRule {
  suffix: string;
  replacement?: string;
  /**
   * Derivational suffixes ("-ería", "-ista", "-er") end the stemming, but for a final vowel and the
   * suffixes listed here ("floristería" → "florist" → "flor"), so that "tintorería" stays away from
   * "tinto". Inflections (plural, gender) leave every rule open.
   */
  then?: string[];
  inflection?: boolean;
  /** "wedding" → "wedd" → "wed", "planner" → "plann" → "plan": English doubles before these. */
  undouble?: boolean;
  /** The suffix must not follow one of these letters ("business" keeps its s, "engineer" its er). */
  notAfter?: string;
}

// Tried longest first.
const suffixRules: SuffixRule[] = [
  { suffix: 'bilidad', replacement: 'bl' }, // contabilidad → contabl, like contable
  { suffix: 'amiento', then: ['or'] },
  { suffix: 'imiento', then: ['or'] },
  { suffix: 'acion' },
  { suffix: 'ation' },
  { suffix: 'ancy' },
  { suffix: 'ador' },
  { suffix: 'edor' },
  { suffix: 'idor' },
  { suffix: 'eria', then: ['ist'] },
  { suffix: 'aria' },
  { suffix: 'ario' },
  { suffix: 'ista', then: ['ion'] },
  { suffix: 'ismo' },
  { suffix: 'ment' },
  { suffix: 'ery', undouble: true },
  { suffix: 'ies', replacement: 'y', inflection: true },
  { suffix: 'ing', then: ['or'], undouble: true },
  { suffix: 'ion' },
  { suffix: 'ist' },
  { suffix: 'ism' },
  { suffix: 'ant' },
  { suffix: 'ian' },
  { suffix: 'ero' },
  { suffix: 'era' },
  { suffix: 'ico' },
  { suffix: 'ica' },
  { suffix: 'er', undouble: true, notAfter: 'e' },
  { suffix: 'or' },
  { suffix: 'ia', then: ['or'] },
  { suffix: 'ic' },
  { suffix: 's', inflection: true, notAfter: 'siu' },
  { suffix: 'y', inflection: true },
  { suffix: 'a', inflection: true },
  { suffix: 'e', inflection: true },
  { suffix: 'o', inflection: true },
];

const finalVowels = ['a', 'e', 'o'];

// Doubled consonants that are part of the word ("install", "class", "staff", "jazz") stay.
const undoubleable = new Set(['b', 'd', 'g', 'm', 'n', 'p', 'r', 't']);

function applicableRule(word: string, allowed: readonly string[] | undefined): SuffixRule | undefined {
  return suffixRules.find((rule) => {
    if (allowed && !allowed.includes(rule.suffix)) return false;
    if (!word.endsWith(rule.suffix)) return false;
    const base = word.slice(0, word.length - rule.suffix.length);
    return base.length >= minStem && !rule.notAfter?.includes(base.charAt(base.length - 1));
  });
}

/** Light stem of one folded word: plural, gender and common derivational endings removed. */
export function stemWord(word: string): string {
  let current = word;
  // undefined: every rule may still apply; otherwise only these suffixes.
  let allowed: readonly string[] | undefined;
  for (;;) {
    const rule = applicableRule(current, allowed);
    if (!rule) return current;
    let stem = current.slice(0, current.length - rule.suffix.length) + (rule.replacement ?? '');
    const last = stem.charAt(stem.length - 1);
    if (rule.undouble && undoubleable.has(last) && stem.charAt(stem.length - 2) === last && stem.length > minStem)
      stem = stem.slice(0, -1);
    current = stem;
    if (allowed && rule.inflection) return current;
    if (!rule.inflection) allowed = [...(rule.then ?? []), ...finalVowels];
  }
}
