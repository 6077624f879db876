import type { MatchProfile } from '../ranking/types.ts';

/** A ranking profile with neutral defaults: Spanish, Madrid, no goals, no concepts. */
export function member(id: string, fields: Partial<MatchProfile> = {}): MatchProfile {
  return {
    id, name: id, locale: 'es', languages: ['es'], city: 'Madrid', region: 'Comunidad de Madrid', country: 'ES',
    remote: false, goals: [], offerConcepts: [], needConcepts: [], offers: [], needs: [], communities: [],
    ...fields,
  };
}
