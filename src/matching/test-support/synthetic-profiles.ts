import type { ProfileRow } from '../../profiles/profiles.ts';
import { syntheticMembers } from '../bench/synthetic-community.ts';
import { conceptIndex, relationIndex } from '../indexes.ts';
import type { MatchProfile } from '../ranking/types.ts';
import { toMatchProfile, toMatchProfileRow } from '../store/match-profile-row.ts';
import { loadTaxonomy } from '../taxonomy/taxonomy.ts';

/**
 * A synthetic community as the ranking core sees it, without a database: each generated member's
 * phrases mapped to concepts the way a saved profile is. Ids are "m0001"… in generation order.
 */
export function syntheticMatchProfiles(seed: number, size: number): MatchProfile[] {
  const profiles: MatchProfile[] = [];
  for (const { record } of syntheticMembers(seed, size, loadTaxonomy())) {
    const userId = `m${String(profiles.length).padStart(4, '0')}`;
    const profile = {
      userId, offers: record.offers ?? [], needs: record.needs ?? [], sector: record.sector ?? '', languages: record.languages ?? [],
      city: record.city ?? '', region: record.region ?? '', country: record.country ?? '', remote: record.remote ?? false,
      goals: record.goals ?? [], visibility: 'members',
    } as ProfileRow;
    const row = toMatchProfileRow(
      { profile, locale: record.locale ?? 'es', communities: record.communities ?? [], inDefaultCommunity: true, corrections: new Map() },
      conceptIndex(), relationIndex(), new Date(0),
    );
    profiles.push(toMatchProfile({ ...row, noShows: 0 }));
  }
  return profiles;
}
