import { composePitch, fitSentences, fragmentsOf, wordBudget } from '../compose/compose-pitch.ts';
import { phrasebooks } from '../compose/phrasebook.ts';
import type { PitchLanguage, PitchParts } from '../model.ts';

/** The other member, as their profile shows them. */
export interface Contact {
  name: string;
  needs: readonly string[];
}

/** One of their needs and the offers of yours that meet it (none when nothing does). */
export interface NeedMatch {
  need: string;
  offers: readonly string[];
}

/**
 * Why the pitch could not be tailored, or what would make it better: they have not said what they
 * need; nothing you offer meets their needs; your own parts are still empty.
 */
export type TailorHint = 'no-needs' | 'no-match' | 'empty-pitch';

export interface TailoredPitch {
  text: string;
  /** True when the text names their needs and what of yours meets them. */
  connected: boolean;
  needs: string[];
  offers: string[];
  hint: TailorHint | null;
}

/** A 30-second pitch names at most this many of their needs and of your offers. */
const maxMentioned = 2;

/**
 * Your 30-second pitch for one person: it opens with what they are looking for ("Sé que buscas …"),
 * says what of yours meets it, keeps whom you help and the result, adds your proof and your own
 * ask while it fits, and ends by proposing to talk. When nothing connects it is your general
 * 30-second pitch, with a hint saying why.
 */
export function tailorPitch(parts: PitchParts, language: PitchLanguage, contact: Contact, matches: readonly NeedMatch[]): TailoredPitch {
  const f = fragmentsOf(parts, language);
  const emptyPitch = !Object.values(f).some(Boolean);
  const matched = matches.filter((match) => match.offers.length > 0).slice(0, maxMentioned);
  if (!matched.length) {
    const hint = emptyPitch ? 'empty-pitch' : contact.needs.length ? 'no-match' : 'no-needs';
    return { text: composePitch(parts, language).elevator, connected: false, needs: [], offers: [], hint };
  }
  const say = phrasebooks[language];
  const needs = matched.map((match) => match.need);
  const offers = [...new Set(matched.flatMap((match) => match.offers))].slice(0, maxMentioned);
  const firstName = contact.name.trim().split(/\s+/u)[0] ?? '';
  const text = fitSentences(
    [
      { text: say.tailored.opener(firstName, needs) },
      { text: say.tailored.connection(offers) },
      { text: say.introLine(f) },
      { text: f.proof && say.proof(f.proof, false), optionalRank: 1 },
      { text: f.ask && say.tailored.alsoAsk(f.ask), optionalRank: 2 },
      { text: say.tailored.meet },
    ],
    wordBudget('elevator'),
  );
  return { text, connected: true, needs, offers, hint: emptyPitch ? 'empty-pitch' : null };
}
