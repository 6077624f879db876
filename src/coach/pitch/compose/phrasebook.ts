import type { PitchLanguage } from '../model.ts';

/** The parts ready to go inside sentences (see fragment); empty when the member left one out. */
export interface Fragments {
  whom: string;
  problem: string;
  result: string;
  proof: string;
  difference: string;
  ask: string;
}

/**
 * The sentences pitches are made of, in one language. Each speaks to the listener ("tú", "you")
 * where it can, and each part's hint in the builder (web/src/locales/pitch.*.json) asks for the
 * grammatical form the sentences expect: whom as a noun phrase, the problem as a clause about
 * them, the result starting with a verb.
 */
export interface Phrasebook {
  /** About them, as a question to the listener when there is someone to picture; '' with neither. */
  hook(f: Fragments): string;
  /** After the hook in the 60-second version, so the listener keeps someone in mind. */
  echo: string;
  result(f: Fragments): string;
  /** Whom and the result in one short sentence, for the 10-second introduction. */
  introLine(f: Fragments): string;
  proof(proof: string, long: boolean): string;
  difference(difference: string): string;
  ask(ask: string, version: 'intro' | 'elevator' | 'long'): string;
  /** The 60-second version tells the listener who a good referral is. */
  referral(f: Fragments): string;
  /** After the ask in the 60-second version: giving first. */
  reciprocity: string;
  /** Ends a version with no ask: the listener's turn. */
  closing(version: 'intro' | 'elevator' | 'long'): string;
  tailored: {
    opener(name: string, needs: readonly string[]): string;
    connection(offers: readonly string[]): string;
    alsoAsk(ask: string): string;
    meet: string;
  };
}

/** "a, b y c" / "a, b and c". */
const listWith = (and: string) => (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** "a los autónomos", but "al equipo" for "el equipo". */
const withA = (whom: string) => (/^el\s/iu.test(whom) ? `al ${whom.slice(3)}` : `a ${whom}`);

const esList = listWith('y');
const enList = listWith('and');

const es: Phrasebook = {
  hook: ({ whom, problem }) =>
    whom && problem
      ? `¿Conoces ${withA(whom)} que ${problem}?`
      : whom
        ? `¿Conoces ${withA(whom)}? Son justo mis clientes.`
        : problem
          ? `Muchos de mis clientes ${problem}.`
          : '',
  echo: 'Si te viene alguien a la cabeza, sigue escuchando.',
  result: ({ whom, problem, result }) =>
    result ? (whom || problem ? `Con mi ayuda, consiguen ${result}.` : `Con mi ayuda, mis clientes consiguen ${result}.`) : '',
  introLine: ({ whom, result }) =>
    whom && result
      ? `Trabajo con ${whom} para que consigan ${result}.`
      : whom
        ? `Trabajo con ${whom}.`
        : result
          ? `Con mi ayuda, mis clientes consiguen ${result}.`
          : '',
  proof: (proof, long) => (long ? `Para que te hagas una idea: ${proof}.` : `Un dato: ${proof}.`),
  difference: (difference) => `Lo que me diferencia: ${difference}.`,
  ask: (ask, version) =>
    version === 'intro'
      ? `Busco ${ask}: ¿se te ocurre alguien?`
      : version === 'elevator'
        ? `Ahora busco ${ask}. ¿Conoces a alguien así? Si me lo presentas, te devuelvo el favor.`
        : `Y ahora mismo busco ${ask}. Si se te ocurre alguien, me encantaría que nos presentaras.`,
  referral: ({ whom }) => (whom ? `Si conoces ${withA(whom)} así, pásales mi contacto.` : ''),
  reciprocity: 'Cuéntame también qué buscas tú, para poder devolverte el favor.',
  closing: (version) => (version === 'intro' ? '¿Y tú a qué te dedicas?' : '¿Y tú? Cuéntame qué buscas y veamos cómo podemos ayudarnos.'),
  tailored: {
    opener: (name, needs) => `${name ? `${name}, sé` : 'Sé'} que buscas ${esList(needs)}.`,
    connection: (offers) => `Es justo lo que ofrezco: ${esList(offers)}.`,
    alsoAsk: (ask) => `Además, busco ${ask}: si se te ocurre alguien, dímelo.`,
    meet: '¿Te parece que lo hablemos con un café esta semana?',
  },
};

const en: Phrasebook = {
  hook: ({ whom, problem }) =>
    whom && problem
      ? `Do you know ${whom} that ${problem}?`
      : whom
        ? `Do you know ${whom}? They are exactly the people I work with.`
        : problem
          ? `Many of my clients ${problem}.`
          : '',
  echo: 'Picture one of them while you listen.',
  result: ({ whom, problem, result }) =>
    result ? (whom || problem ? `I help them so they can ${result}.` : `I help my clients so they can ${result}.`) : '',
  introLine: ({ whom, result }) =>
    whom && result
      ? `I help ${whom} so they can ${result}.`
      : whom
        ? `I work with ${whom}.`
        : result
          ? `I help my clients so they can ${result}.`
          : '',
  proof: (proof, long) => (long ? `To give you an idea: ${proof}.` : `One fact: ${proof}.`),
  difference: (difference) => `What makes me different: ${difference}.`,
  ask: (ask, version) =>
    version === 'intro'
      ? `I'm looking for ${ask}: does anyone come to mind?`
      : version === 'elevator'
        ? `Right now I'm looking for ${ask}. Do you know someone like that? Your introduction would mean a lot to me.`
        : `And right now I'm looking for ${ask}. If you know someone like that, your introduction would mean a lot to me.`,
  referral: ({ whom }) => (whom ? `If you meet ${whom} like that, please pass on my details.` : ''),
  reciprocity: 'And tell me what you are looking for: you can count on me too.',
  closing: (version) =>
    version === 'intro' ? 'What about you, what do you do?' : "What about you? Tell me what you are looking for, and let's see how we can help each other.",
  tailored: {
    opener: (name, needs) => `${name ? `${name}, I` : 'I'} know you are looking for ${enList(needs)}.`,
    connection: (offers) => `That is exactly what I offer: ${enList(offers)}.`,
    alsoAsk: (ask) => `I'm also looking for ${ask}: if anyone comes to mind, let me know.`,
    meet: 'Shall we talk it over with a coffee this week?',
  },
};

export const phrasebooks: Record<PitchLanguage, Phrasebook> = { es, en };
