/**
 * vCard 4.0 (RFC 6350) contact card for a public profile.
 * Only public profile data goes in: never an email or phone number (privacy).
 */
import { slugify } from '../profiles/slug.ts';
import { safeHttpUrl } from './html.ts';
import type { PublicMember } from './public-member.ts';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Newlines normalised to \n; other control characters are not allowed in vCard text, so they go. */
function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\t/g, ' ');
}

/** Escapes a single TEXT value (FN, TITLE, NOTE): RFC 6350 §3.4 defines `\\`, `\,` and `\n` there. */
export function escapeText(value: string): string {
  return cleanText(value).replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Escapes one component of a compound value (N, ADR, ORG), where `;` separates components. */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (CRLF excluded).
 * Continuation lines start with one space, which counts toward the limit.
 * Iterating by code point keeps multi-byte UTF-8 sequences whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // room for the leading space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Best-effort split: first word is the given name, the rest the family name(s) ("Ana García López"). */
function splitName(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { given: words[0] ?? '', family: '' };
  return { given: words[0] ?? '', family: words.slice(1).join(' ') };
}

export function buildVCard(member: PublicMember, urls: { profileUrl: string }): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:individual'];
  const name = member.name.trim();
  lines.push(`FN:${escapeText(name)}`);
  const { given, family } = splitName(name);
  lines.push(`N:${escapeComponent(family)};${escapeComponent(given)};;;`);

  if (member.company.trim()) lines.push(`ORG:${escapeComponent(member.company.trim())}`);
  if (member.headline.trim()) lines.push(`TITLE:${escapeText(member.headline.trim())}`);

  const city = member.city.trim();
  const region = member.region.trim();
  const country = member.country.trim().toUpperCase();
  if (city || region || country) {
    lines.push(`ADR:;;;${escapeComponent(city)};${escapeComponent(region)};;${escapeComponent(country)}`);
  }

  // PREF is 1..100 (RFC 6350 §5.3); the list order is the member's preference.
  const languages = member.languages.map((l) => l.trim().toLowerCase()).filter((l) => /^[a-z]{2,3}$/.test(l));
  languages.slice(0, 100).forEach((lang, i) => lines.push(`LANG;PREF=${i + 1}:${lang}`));

  const photo = safeHttpUrl(member.photoUrl);
  if (photo) lines.push(`PHOTO:${photo}`);

  const profileUrl = safeHttpUrl(urls.profileUrl);
  if (profileUrl) lines.push(`URL;PREF=1:${profileUrl}`);
  const website = safeHttpUrl(member.website);
  if (website && website !== profileUrl) lines.push(`URL:${website}`);

  if (member.pitch.trim()) lines.push(`NOTE:${escapeText(member.pitch.trim())}`);

  // No urn:uuid is known for the member, and the profile URL is stable and unique (RFC 6350 §6.7.6).
  const uid = profileUrl ?? escapeText(urls.profileUrl.trim());
  if (uid) lines.push(`UID:${uid}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A download name built from the member's name, e.g. "Ana García" → `ana-garcia.vcf`. */
export function vcardFileName(member: Pick<PublicMember, 'name' | 'slug'>): string {
  const fromName = slugify(member.name);
  return `${fromName === 'member' ? slugify(member.slug) : fromName}.vcf`;
}
