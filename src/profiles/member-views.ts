import type { Goal } from './profile-input.ts';
import type { ProfileRow } from './profiles.ts';
import type { ProfileLink, Visibility } from './tables.ts';

export interface MemberCard {
  slug: string;
  name: string;
  headline: string;
  company: string;
  sector: string;
  city: string;
  country: string;
  photoUrl: string;
  offers: string[];
  languages: string[];
  goals: Goal[];
  remote: boolean;
}

export interface Member extends MemberCard {
  region: string;
  needs: string[];
  pitch: string;
  website: string;
  links: ProfileLink[];
  visibility: Visibility;
  publicUrl: string | null;
}

/** The profile as its owner sees it. */
export interface ProfileView extends Omit<Member, 'publicUrl'> {
  onboardingCompletedAt: string | null;
}

export function toMemberCard(row: ProfileRow): MemberCard {
  return {
    slug: row.slug,
    name: row.name,
    headline: row.headline,
    company: row.company,
    sector: row.sector,
    city: row.city,
    country: row.country,
    photoUrl: row.photoUrl,
    offers: row.offers,
    languages: row.languages,
    goals: row.goals as Goal[],
    remote: row.remote,
  };
}

export function toMember(row: ProfileRow, publicBaseUrl: string): Member {
  return {
    ...toMemberCard(row),
    region: row.region,
    needs: row.needs,
    pitch: row.pitch,
    website: row.website,
    links: row.links,
    visibility: row.visibility,
    publicUrl: row.visibility === 'public' ? `${publicBaseUrl}/p/${row.slug}` : null,
  };
}

export function toProfileView(row: ProfileRow): ProfileView {
  const { publicUrl: _, ...member } = toMember(row, '');
  return { ...member, onboardingCompletedAt: row.onboardingCompletedAt?.toISOString() ?? null };
}
