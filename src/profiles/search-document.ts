import type { profiles } from './tables.ts';

type SearchableFields = Pick<
  typeof profiles.$inferSelect,
  'name' | 'headline' | 'company' | 'sector' | 'city' | 'region' | 'offers' | 'needs' | 'pitch'
>;

/** The text the directory indexes for a profile (in both Spanish and English configurations). */
export function buildSearchDocument(profile: SearchableFields): string {
  return [
    profile.name,
    profile.headline,
    profile.company,
    profile.sector,
    profile.city,
    profile.region,
    ...profile.offers,
    ...profile.needs,
    profile.pitch,
  ]
    .filter(Boolean)
    .join('\n');
}
