import type { Locale } from '../../i18n/locale.ts';
import type { ProfileRow } from '../../profiles/profiles.ts';
import type { ConceptIndex } from '../concepts/concept-index.ts';
import type { RelationIndex } from '../ranking/relation-index.ts';
import type { Goal, MatchProfile } from '../ranking/types.ts';
import { conceptsOfPhrase, conceptsOfPhrases, type Corrections } from './phrase-concepts.ts';
import { matchProfiles } from './tables.ts';

/** What a profile save computes: everything but the writing transaction and the no-shows, which meetings report. */
export type MatchProfileRow = Omit<typeof matchProfiles.$inferSelect, 'changedIn' | 'noShows'>;

export interface MemberSource {
  profile: ProfileRow;
  locale: Locale;
  /** Non-default community slugs. */
  communities: string[];
  inDefaultCommunity: boolean;
  corrections: Corrections;
}

/** The columns ranking reads: the derived keys and timestamps stay in the database. */
export const rankingColumns = {
  userId: matchProfiles.userId,
  offerConcepts: matchProfiles.offerConcepts,
  needConcepts: matchProfiles.needConcepts,
  businessTypes: matchProfiles.businessTypes,
  languages: matchProfiles.languages,
  locale: matchProfiles.locale,
  city: matchProfiles.city,
  region: matchProfiles.region,
  country: matchProfiles.country,
  remote: matchProfiles.remote,
  goals: matchProfiles.goals,
  communities: matchProfiles.communities,
  noShows: matchProfiles.noShows,
};
export type RankingRow = Omit<MatchProfileRow, 'visibility' | 'inDefaultCommunity' | 'updatedAt'> & { noShows: number };

/** The stored row as the ranking core reads it. Ranking works on concepts; names and phrases stay in profiles. */
export function toMatchProfile(row: RankingRow): MatchProfile {
  return {
    id: row.userId,
    name: '',
    locale: row.locale,
    languages: row.languages,
    city: row.city,
    region: row.region,
    country: row.country,
    remote: row.remote,
    goals: row.goals as Goal[],
    offerConcepts: row.offerConcepts,
    needConcepts: row.needConcepts,
    businessTypes: row.businessTypes,
    offers: [],
    needs: [],
    communities: row.communities,
    noShows: row.noShows,
  };
}

/** A member's profile as candidate generation and ranking read it: concepts instead of phrases. */
export function toMatchProfileRow(
  { profile, locale, communities, inDefaultCommunity, corrections }: MemberSource,
  concepts: ConceptIndex,
  relations: RelationIndex,
  now: Date,
): MatchProfileRow {
  return {
    userId: profile.userId,
    offerConcepts: conceptsOfPhrases(concepts, 'offer', profile.offers, corrections),
    needConcepts: conceptsOfPhrases(concepts, 'need', profile.needs, corrections),
    // A sector such as "restauración" says what kind of customer the business itself is.
    businessTypes: conceptsOfPhrase(concepts, profile.sector, 'offer').filter((id) => relations.kinds.get(id) === 'customer'),
    languages: [...new Set([...profile.languages, locale])],
    locale,
    city: profile.city,
    region: profile.region,
    country: profile.country,
    remote: profile.remote,
    goals: profile.goals,
    communities,
    visibility: profile.visibility,
    inDefaultCommunity,
    updatedAt: now,
  };
}
