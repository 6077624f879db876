import type { PitchLanguage, PitchPartName, PitchParts } from '../model.ts';

/**
 * Words members often type although the sentence around the part already says them ("Ayudo a …",
 * "I'm looking for …"): removed so the composed sentence does not say them twice.
 */
const redundantStarts: Record<PitchLanguage, Partial<Record<PitchPartName, RegExp>>> = {
  es: {
    whomIHelp: /^(?:(?:ayudo|ayudamos|trabajo|trabajamos)\s+(?:a|con)\s+|a\s+)/iu,
    problem: /^que\s+/iu,
    result: /^(?:con mi ayuda,?\s+)?(?:consiguen|logran)\s+/iu,
    difference: /^lo que (?:me|nos) diferencia(?: es)?(?: que)?:?\s+/iu,
    ask: /^(?:busco|buscamos|estoy buscando|estamos buscando)\s+/iu,
  },
  en: {
    whomIHelp: /^(?:i|we)\s+(?:help|work with)\s+/iu,
    problem: /^(?:who|that)\s+/iu,
    result: /^to\s+/iu,
    difference: /^what makes (?:me|us) different(?: is)?(?: that)?:?\s+/iu,
    ask: /^(?:(?:i'?m|i am|we'?re|we are)\s+)?looking for\s+/iu,
  },
};

/** Parts quoted after a colon keep their capital: a proof often starts with a client's name. */
const keepsCapital = new Set<PitchPartName>(['proof']);

/**
 * A part as it goes inside a sentence: one line, no closing punctuation, no words the sentence
 * already says, and a lower-case start unless it looks like a name ("Madrid", "Google Ads", "I").
 */
export function fragment(parts: PitchParts, name: PitchPartName, language: PitchLanguage): string {
  let text = parts[name].replace(/\s+/gu, ' ').trim().replace(/^[¿¡"«“]+|[.,;:!?…"»”]+$/gu, '').trim();
  const redundant = redundantStarts[language][name];
  if (redundant) text = text.replace(redundant, '');
  if (language === 'es' && name === 'whomIHelp') text = text.replace(/^al\s+/iu, 'el ');
  return keepsCapital.has(name) ? text : lowerFirstWord(text);
}

function lowerFirstWord(text: string): string {
  const [first = '', second = ''] = text.split(' ');
  const capitalisedWord = /^\p{Lu}\p{Ll}+$/u.test(first);
  const nameFollows = /^\p{Lu}/u.test(second);
  return capitalisedWord && !nameFollows ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Words as a listener hears them: anything with a letter or a digit between spaces. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
