import { Type, TypeRegistry, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { normalizeEmail } from '../accounts/accounts.ts';
import { StringEnum } from '../http/schema-types.ts';
import { locales } from '../i18n/locale.ts';
import { ProfileFields, ProfileInputSchema, normalizeProfileInput } from '../profiles/profile-input.ts';

// StringEnum schemas are plain JSON Schema enums (for Ajv); teach TypeBox's checker to read them.
if (!TypeRegistry.Has('Unsafe'))
  TypeRegistry.Set('Unsafe', (schema: { enum?: unknown[] }, value) => !schema.enum || schema.enum.includes(value));

// The address syntax Ajv's "email" format accepts at signup, so both doors let in the same members.
const emailPattern =
  "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$";
const slugPattern = '^[a-z0-9]+(-[a-z0-9]+)*$';

const profileFields = Type.Pick(ProfileInputSchema, [
  'company', 'headline', 'sector', 'city', 'region', 'country', 'languages',
  'offers', 'needs', 'goals', 'remote', 'pitch', 'website',
]).properties;

/**
 * One line of the member import/export format (see DESIGN.md, a stable contract). The key order
 * here is the order export writes them in. Profile limits come from ProfileFields.
 */
export const MemberRecordSchema = Type.Object({
  email: Type.String({ maxLength: 254, pattern: emailPattern }),
  name: ProfileFields.name,
  company: profileFields.company,
  headline: profileFields.headline,
  sector: profileFields.sector,
  city: profileFields.city,
  region: profileFields.region,
  country: profileFields.country,
  languages: profileFields.languages,
  locale: Type.Optional(StringEnum(locales)),
  offers: profileFields.offers,
  needs: profileFields.needs,
  goals: profileFields.goals,
  remote: profileFields.remote,
  pitch: profileFields.pitch,
  website: profileFields.website,
  // Slugs as the communities table allows them.
  communities: Type.Optional(Type.Array(Type.String({ maxLength: 64, pattern: slugPattern }), { maxItems: 50 })),
});
export type MemberRecord = Static<typeof MemberRecordSchema>;

const memberRecordKeys = Object.keys(MemberRecordSchema.properties) as (keyof MemberRecord)[];

const checker = TypeCompiler.Compile(MemberRecordSchema);

export type ParsedLine = { ok: true; record: MemberRecord } | { ok: false; reasons: string[] };

/** Parses and validates one line; the record comes back in canonical form (as export writes it). */
export function parseMemberLine(text: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reasons: [`invalid JSON: ${(error as Error).message}`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reasons: ['the line must be a JSON object'] };
  if (!checker.Check(value)) return { ok: false, reasons: describeErrors(checker.Errors(value)) };
  const record = canonicalRecord(value);
  if (!record.name) return { ok: false, reasons: ['name: must not be blank'] };
  return { ok: true, record };
}

/** The JSON line for a record: contract fields only, in contract order, empty optional ones left out. */
export function formatMemberLine(record: MemberRecord): string {
  const out: Record<string, unknown> = {};
  for (const key of memberRecordKeys) {
    const value = record[key];
    if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
    out[key] = value;
  }
  return `${JSON.stringify(out)}\n`;
}

function canonicalRecord(value: MemberRecord): MemberRecord {
  const { email, locale, communities, ...profile } = value;
  return {
    ...normalizeProfileInput(pickContractFields(profile)),
    email: normalizeEmail(email),
    ...(locale ? { locale } : {}),
    // Memberships are a set: sorted and unique, as export lists them.
    ...(communities ? { communities: [...new Set(communities)].sort() } : {}),
  } as MemberRecord;
}

/** Unknown fields in a line are ignored. */
function pickContractFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => (memberRecordKeys as string[]).includes(key))) as T;
}

function describeErrors(errors: Iterable<ValueError>): string[] {
  const reasons = new Map<string, string>();
  for (const error of errors) {
    const path = error.path.slice(1);
    // TypeBox reports several errors for one value (a missing field is also "not a string"); the first says enough.
    if (!reasons.has(path)) reasons.set(path, describeError(path, error));
  }
  return [...reasons.values()];
}

function describeError(path: string, error: ValueError): string {
  const schema = error.schema as { maxLength?: number; maxItems?: number; enum?: string[] };
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return `"${path}": required`;
    case ValueErrorType.String:
      return `${path}: must be a string`;
    case ValueErrorType.Array:
      return `${path}: must be a list`;
    case ValueErrorType.Boolean:
      return `${path}: must be true or false`;
    case ValueErrorType.StringMinLength:
      return `${path}: must not be empty`;
    case ValueErrorType.StringMaxLength:
      return `${path}: must be at most ${schema.maxLength} characters`;
    case ValueErrorType.ArrayMaxItems:
      return `${path}: must have at most ${schema.maxItems} items`;
    case ValueErrorType.Kind:
      return `${path}: must be one of ${schema.enum?.join(', ')}`;
    case ValueErrorType.StringPattern:
      return `${path}: ${patternMessages[path.split('/')[0] ?? ''] ?? 'has an invalid format'}`;
    default:
      return `${path}: ${error.message}`;
  }
}

const patternMessages: Record<string, string> = {
  email: 'must be a valid email address',
  country: 'must be an ISO 3166-1 alpha-2 country code such as ES',
  languages: 'must be an ISO 639-1 language code such as es',
  website: 'must be an http:// or https:// address',
  communities: 'must be a community slug such as camara-madrid (lower-case letters, digits, single hyphens)',
};
