export type Locale = 'es' | 'en';
export type Goal = 'clients' | 'partners' | 'suppliers' | 'investors' | 'mentors' | 'talent' | 'learning';
export type Visibility = 'public' | 'members' | 'private';

export interface ProfileLink {
  label: string;
  url: string;
}

export interface ProfileInput {
  name?: string;
  headline?: string;
  company?: string;
  sector?: string;
  city?: string;
  region?: string;
  country?: string;
  languages?: string[];
  photoUrl?: string;
  offers?: string[];
  needs?: string[];
  goals?: Goal[];
  remote?: boolean;
  pitch?: string;
  website?: string;
  links?: ProfileLink[];
  visibility?: Visibility;
}

export interface Profile extends Required<Omit<ProfileInput, 'name'>> {
  slug: string;
  name: string;
  onboardingCompletedAt: string | null;
}

export interface CommunityMembership {
  slug: string;
  name: string;
  role: 'member' | 'admin';
}

export interface Me {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  timeZone: string;
  isInstanceAdmin: boolean;
  communities: CommunityMembership[];
  profile: Profile;
}

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

export interface MemberPage {
  items: MemberCard[];
  total: number;
  page: number;
  pageSize: number;
}
