import { foldText } from '../text/normalize.ts';

export interface PlaceInText {
  /** The stored spellings of the city named ("València", "Valencia"). */
  cities: string[];
  /** The text without the place, folded (lower case, no accents). */
  rest: string;
}

// "abogado en Valencia", "accountant in Barcelona", "cerca de Sevilla", "near London".
const prepositions = /(?:^| )(?:en|in|cerca de|near|around|por)$/;

/**
 * Finds which of the known cities the search text names, accents and case aside; the longest
 * wins ("San Sebastián de los Reyes" over "San Sebastián"). A preposition before it goes too.
 */
export function placeInText(text: string, knownCities: readonly string[]): PlaceInText | undefined {
  const folded = ` ${foldText(text)} `;
  const byFolded = new Map<string, string[]>();
  for (const city of knownCities) {
    const key = foldText(city);
    if (key) byFolded.set(key, [...(byFolded.get(key) ?? []), city]);
  }
  const named = [...byFolded.keys()].sort((a, b) => b.length - a.length).find((city) => folded.includes(` ${city} `));
  if (!named) return undefined;
  const at = folded.indexOf(` ${named} `);
  const before = folded.slice(0, at).replace(prepositions, '');
  const after = folded.slice(at + named.length + 2);
  return { cities: byFolded.get(named)!, rest: `${before} ${after}`.replace(/\s+/g, ' ').trim() };
}
