import type { Profile } from '../types.ts';

/** Share (0–100) of the profile fields that help others decide to meet you. */
export function profileCompleteness(profile: Profile): number {
  const filled = [
    profile.headline,
    profile.company,
    profile.sector,
    profile.city,
    profile.country,
    profile.photoUrl,
    profile.pitch,
    profile.languages.length > 0,
    profile.offers.length > 0,
    profile.needs.length > 0,
    profile.goals.length > 0,
  ];
  return Math.round((filled.filter(Boolean).length / filled.length) * 100);
}
