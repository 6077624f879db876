import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from '../http/schema-types.ts';

export const goals = ['clients', 'partners', 'suppliers', 'investors', 'mentors', 'talent', 'learning'] as const;
export type Goal = (typeof goals)[number];
export const visibilities = ['public', 'members', 'private'] as const;

const httpUrl = (maxLength: number) => Type.String({ maxLength, pattern: '^(https?://\\S+)?$' });
const phrase = Type.String({ minLength: 1, maxLength: 80 });

/** Every editable profile field with its limits; the API, the web app and the importer share it. */
export const ProfileFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  headline: Type.String({ maxLength: 140 }),
  company: Type.String({ maxLength: 120 }),
  sector: Type.String({ maxLength: 80 }),
  city: Type.String({ maxLength: 80 }),
  region: Type.String({ maxLength: 80 }),
  country: Type.String({ pattern: '^([A-Za-z]{2})?$' }),
  languages: Type.Array(Type.String({ pattern: '^[A-Za-z]{2}$' }), { maxItems: 10 }),
  photoUrl: httpUrl(500),
  offers: Type.Array(phrase, { maxItems: 20 }),
  needs: Type.Array(phrase, { maxItems: 20 }),
  goals: Type.Array(StringEnum(goals), { maxItems: goals.length }),
  remote: Type.Boolean(),
  pitch: Type.String({ maxLength: 1000 }),
  website: httpUrl(300),
  links: Type.Array(
    Type.Object({ label: Type.String({ minLength: 1, maxLength: 60 }), url: Type.String({ maxLength: 300, pattern: '^https?://\\S+$' }) }),
    { maxItems: 10 },
  ),
  visibility: StringEnum(visibilities),
};

export const ProfileInputSchema = Type.Partial(Type.Object(ProfileFields));
export type ProfileInput = Static<typeof ProfileInputSchema>;

/** Canonical forms: trimmed text, upper-case country, lower-case languages, no duplicate phrases. */
export function normalizeProfileInput(input: ProfileInput): ProfileInput {
  const out: ProfileInput = {};
  for (const [key, value] of Object.entries(input) as [keyof ProfileInput, unknown][]) {
    if (typeof value === 'string') (out as Record<string, unknown>)[key] = value.trim();
    else (out as Record<string, unknown>)[key] = value;
  }
  if (out.country !== undefined) out.country = out.country.toUpperCase();
  if (out.languages) out.languages = uniqueTrimmed(out.languages.map((l) => l.toLowerCase()));
  if (out.offers) out.offers = uniqueTrimmed(out.offers);
  if (out.needs) out.needs = uniqueTrimmed(out.needs);
  if (out.goals) out.goals = [...new Set(out.goals)];
  if (out.links) out.links = out.links.map((link) => ({ label: link.label.trim(), url: link.url.trim() }));
  return out;
}

function uniqueTrimmed(values: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values.map((v) => v.trim()).filter(Boolean)) {
    const key = value.toLocaleLowerCase();
    if (!seen.has(key)) result.push(value);
    seen.add(key);
  }
  return result;
}
