/** The public slice of a member profile: only what the member chose to show on `/p/<slug>`. */

import type { Goal } from '../profiles/profile-input.ts';

export type { Goal };

export interface PublicMember {
  slug: string;
  name: string;
  headline: string;
  company: string;
  sector: string;
  city: string;
  region: string;
  /** '' or ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 639-1 codes, most preferred first. */
  languages: string[];
  /** Absolute URL or ''. */
  photoUrl: string;
  offers: string[];
  needs: string[];
  goals: Goal[];
  remote: boolean;
  pitch: string;
  website: string;
  links: { label: string; url: string }[];
}

export interface PublicPageUrls {
  /** Absolute, canonical URL of `/p/<slug>`. */
  profileUrl: string;
  vcardUrl: string;
  qrUrl: string;
  /** Home of the instance. */
  appUrl: string;
}
