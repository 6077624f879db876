import type { TFunction } from 'i18next';
import type { FieldError } from '../api.ts';
import type { Goal, Me, ProfileInput, ProfileLink, Visibility } from '../types.ts';

export interface ProfileFormValues {
  name: string;
  headline: string;
  company: string;
  sector: string;
  city: string;
  region: string;
  country: string;
  languages: string[];
  photoUrl: string;
  offers: string[];
  needs: string[];
  goals: Goal[];
  remote: boolean;
  pitch: string;
  website: string;
  links: ProfileLink[];
  visibility: Visibility;
}

export type ProfileField = keyof ProfileFormValues;

export const PROFILE_LIMITS = {
  name: 120,
  headline: 140,
  company: 120,
  sector: 80,
  city: 80,
  region: 80,
  listItems: 20,
  listItemLength: 80,
  links: 10,
  pitch: 1000,
  website: 300,
} as const;

export const IDENTITY_FIELDS: readonly ProfileField[] = ['name', 'headline', 'company', 'sector', 'city', 'region', 'country', 'languages', 'photoUrl'];
export const OFFER_FIELDS: readonly ProfileField[] = ['offers', 'needs', 'goals', 'remote'];
export const PITCH_FIELDS: readonly ProfileField[] = ['pitch', 'website', 'links', 'visibility'];
export const ALL_PROFILE_FIELDS: readonly ProfileField[] = [...IDENTITY_FIELDS, ...OFFER_FIELDS, ...PITCH_FIELDS];

export function profileFormFromMe(me: Me): ProfileFormValues {
  const { profile } = me;
  return {
    name: me.name,
    headline: profile.headline,
    company: profile.company,
    sector: profile.sector,
    city: profile.city,
    region: profile.region,
    country: profile.country,
    languages: [...profile.languages],
    photoUrl: profile.photoUrl,
    offers: [...profile.offers],
    needs: [...profile.needs],
    goals: [...profile.goals],
    remote: profile.remote,
    pitch: profile.pitch,
    website: profile.website,
    links: profile.links.map((link) => ({ ...link })),
    visibility: profile.visibility,
  };
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Drops link rows left completely empty, so error indexes match what is sent. */
export function withoutEmptyLinks(values: ProfileFormValues): ProfileFormValues {
  const links = values.links
    .map((link) => ({ label: link.label.trim(), url: link.url.trim() }))
    .filter((link) => link.label !== '' || link.url !== '');
  return { ...values, links };
}

const TEXT_LIMITS: Partial<Record<ProfileField, number>> = {
  name: PROFILE_LIMITS.name,
  headline: PROFILE_LIMITS.headline,
  company: PROFILE_LIMITS.company,
  sector: PROFILE_LIMITS.sector,
  city: PROFILE_LIMITS.city,
  region: PROFILE_LIMITS.region,
  pitch: PROFILE_LIMITS.pitch,
  website: PROFILE_LIMITS.website,
};

/** Client-side checks mirroring the server's limits, for the given fields only. */
export function validateProfile(values: ProfileFormValues, fields: readonly ProfileField[], t: TFunction): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const limit = TEXT_LIMITS[field];
    const value = values[field];
    if (limit !== undefined && typeof value === 'string' && value.trim().length > limit) {
      errors.push({ field, message: t('validation.tooLong', { max: limit }) });
    }
  }
  if (fields.includes('name') && values.name.trim() === '') {
    errors.push({ field: 'name', message: t('validation.required') });
  }
  if (fields.includes('website') && values.website.trim() !== '' && !isWebUrl(values.website.trim())) {
    errors.push({ field: 'website', message: t('validation.url') });
  }
  if (fields.includes('photoUrl')) {
    const photoUrl = values.photoUrl.trim();
    if (photoUrl !== '' && !photoUrl.startsWith('/') && !isWebUrl(photoUrl)) {
      errors.push({ field: 'photoUrl', message: t('validation.url') });
    }
  }
  if (fields.includes('links')) {
    values.links.forEach((link, index) => {
      if (link.label === '') errors.push({ field: `links/${index}/label`, message: t('validation.required') });
      if (!isWebUrl(link.url)) errors.push({ field: `links/${index}/url`, message: t('validation.url') });
    });
  }
  return errors;
}

/** The partial PUT /api/me/profile body for the given fields, with text trimmed. */
export function profileInput(values: ProfileFormValues, fields: readonly ProfileField[]): ProfileInput {
  const input: ProfileInput = {};
  for (const field of fields) {
    const value = values[field];
    if (typeof value === 'string') Object.assign(input, { [field]: value.trim() });
    else Object.assign(input, { [field]: value });
  }
  return input;
}
