/**
 * Text normalisation shared by concept mapping and ranking: fold case and accents, drop stop words,
 * and reduce Spanish and English word forms to a common stem so that "fotógrafa", "fotografías",
 * "photographer" and "photography" meet.
 */

/** Accents stripped (NFD) but ñ kept, anything but letters and digits turned into single spaces; case kept. */
function stripAccentsAndPunctuation(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([nN])\u0303/g, (_, n: string) => (n === 'n' ? 'ñ' : 'Ñ'))
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9ñÑ]+/g, ' ')
    .trim();
}

const withoutEnye = (text: string) => text.replace(/ñ/g, 'n').replace(/Ñ/g, 'N');

/** Lower case, accents stripped (NFD), anything but letters and digits turned into single spaces. */
export function foldText(text: string): string {
  return withoutEnye(stripAccentsAndPunctuation(text)).toLowerCase();
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
 * after a qualifier marker (words.length when there is none). A word that only folds into a stop
 * word is kept: one written in capitals is an acronym ("IT support", "soporte IT"; unless the whole
 * text is in capitals), and ñ is a letter of its own ("uñas" is not "unas").
 */
export function tokenizeWithQualifier(text: string): { words: string[]; qualifierStart: number } {
  const words: string[] = [];
  let qualifierStart = -1;
  const written = stripAccentsAndPunctuation(text);
  const shouted = written.includes(' ') && written === written.toUpperCase();
  for (const original of written ? written.split(' ') : []) {
    const word = withoutEnye(original).toLowerCase();
    const acronym = !shouted && /^[A-Z]{2,}$/.test(original);
    const meaningful = acronym || /ñ/i.test(original);
    if (!meaningful && qualifierStart < 0 && qualifierMarkers.has(word)) qualifierStart = words.length;
    if (meaningful || !stopWords.has(word)) words.push(word);
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

// An inflection may leave three letters ("bodas" → "bod"); a derivational suffix must leave four, so
// that it is not read into short words it does not belong to: "músico" stays apart from "museo",
// "barista" from "bar", "caseros" from "casas".
const minInflectedStem = 3;
const minDerivedStem = 4;

interface SuffixRule {
  suffix: string;
  replacement?: string;
  /**
   * Derivational suffixes ("-ería", "-ista", "-er") end the stemming, but for a final vowel and the
   * suffixes listed here ("floristería" → "florist" → "flor"), so that "tintorería" stays away from
   * "tinto". Inflections leave every rule open, but one final letter at most comes off: "museo"
   * loses its o, not its e too.
   */
  then?: string[];
  inflection?: 'plural' | 'ending';
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
  { suffix: 'ies', replacement: 'y', inflection: 'plural' },
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
  { suffix: 's', inflection: 'plural', notAfter: 'siu' },
  { suffix: 'y', inflection: 'ending' },
  { suffix: 'a', inflection: 'ending' },
  { suffix: 'e', inflection: 'ending' },
  { suffix: 'o', inflection: 'ending' },
];

const finalVowels = ['a', 'e', 'o'];

// Doubled consonants that are part of the word ("install", "class", "staff", "jazz") stay.
const undoubleable = new Set(['b', 'd', 'g', 'm', 'n', 'p', 'r', 't']);

interface StemState {
  /** Whether derivational suffixes come off too, or only inflections. */
  derive: boolean;
  /** undefined: every rule may still apply; otherwise only these suffixes. */
  allowed?: readonly string[];
  /** Whether a final letter (a, e, o, y) is off already. */
  endingRemoved: boolean;
}

function applicableRule(word: string, state: StemState): SuffixRule | undefined {
  return suffixRules.find((rule) => {
    if (!rule.inflection && !state.derive) return false;
    if (rule.inflection === 'ending' && state.endingRemoved) return false;
    if (state.allowed && !state.allowed.includes(rule.suffix)) return false;
    if (!word.endsWith(rule.suffix)) return false;
    const base = word.slice(0, word.length - rule.suffix.length);
    const minStem = rule.inflection ? minInflectedStem : minDerivedStem;
    return base.length >= minStem && !rule.notAfter?.includes(base.charAt(base.length - 1));
  });
}

function strip(word: string, derive: boolean): string {
  const state: StemState = { derive, endingRemoved: false };
  let current = word;
  for (;;) {
    const rule = applicableRule(current, state);
    if (!rule) return current;
    let stem = current.slice(0, current.length - rule.suffix.length) + (rule.replacement ?? '');
    const last = stem.charAt(stem.length - 1);
    if (rule.undouble && undoubleable.has(last) && stem.charAt(stem.length - 2) === last && stem.length > minInflectedStem)
      stem = stem.slice(0, -1);
    current = stem;
    if (state.allowed && rule.inflection) return current;
    if (rule.inflection === 'ending') state.endingRemoved = true;
    if (!rule.inflection) state.allowed = [...(rule.then ?? []), ...finalVowels];
  }
}

/** Light stem of one folded word: plural, gender and common derivational endings removed. */
export function stemWord(word: string): string {
  return strip(word, true);
}

/**
 * One folded word without its plural and gender endings only, so that two words with one stem can
 * still be told apart: "músicos" → "music" like "músico" and "music"; "museo" → "muse".
 */
export function inflectionStem(word: string): string {
  return strip(word, false);
}
