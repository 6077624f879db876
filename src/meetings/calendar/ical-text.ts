/**
 * The text layer of iCalendar (RFC 5545 §3.1–3.3): values escaped, parameters quoted, lines folded
 * at 75 octets and ended with CRLF. Folding is the same as vCard's, so it is shared with it.
 */
import { foldLine } from '../../brand/vcard.ts';

export const CRLF = '\r\n';

/** CR LF and CR alone become LF; other control characters are not allowed in TEXT (RFC 5545 §3.3.11), tabs become spaces. */
function clean(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
}

/** A TEXT value (SUMMARY, DESCRIPTION, LOCATION, UID): `\` `;` `,` and newlines escaped. */
export function escapeText(value: string): string {
  return clean(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/**
 * A parameter value such as CN, always in double quotes (so `:` `;` `,` need nothing), with the
 * quote itself and `^` written as RFC 6868 says (`^'`, `^^`); a name has no business with newlines.
 */
export function quoteParameter(value: string): string {
  const text = clean(value).replace(/\n/g, ' ').replace(/\^/g, '^^').replace(/"/g, "^'");
  return `"${text}"`;
}

/** A UTC DATE-TIME, `20260310T133000Z` (seconds kept, milliseconds dropped). */
export function utcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** `mailto:` address of a CAL-ADDRESS; throws on anything that is not a plain address. */
export function mailto(email: string): string {
  const address = email.trim();
  if (!/^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+$/.test(address)) throw new RangeError(`Not an email address: ${address}`);
  return `mailto:${address}`;
}

export type Parameters = ReadonlyArray<readonly [name: string, value: string]>;

/** One content line, folded: `NAME;PARAM=value:value`. Values and parameters arrive already escaped. */
export function contentLine(name: string, value: string, parameters: Parameters = []): string {
  const params = parameters.map(([key, paramValue]) => `;${key}=${paramValue}`).join('');
  return foldLine(`${name}${params}:${value}`);
}

/** Content lines joined into an iCalendar object: CRLF after every line, the last one included. */
export function joinLines(lines: readonly string[]): string {
  return lines.join(CRLF) + CRLF;
}
