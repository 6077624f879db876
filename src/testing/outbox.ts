import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface OutboxMessage {
  file: string;
  headers: Record<string, string>;
  /** The body, decoded from quoted-printable when it was sent that way. */
  text: string;
}

/**
 * The .eml files the app writes to `<dataDir>/outbox` when no SMTP server is configured. Emails go
 * out through the job queue, so `next` polls; each message is handed out once.
 */
export class Outbox {
  private readonly taken = new Set<string>();

  constructor(private readonly dir: string) {}

  async next(to: string, timeoutMs = 10_000): Promise<OutboxMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const file of this.files()) {
        if (this.taken.has(file)) continue;
        const message = parseEml(file, readFileSync(join(this.dir, file), 'utf8'));
        if (message.headers.to?.toLowerCase() !== to.toLowerCase()) continue;
        this.taken.add(file);
        return message;
      }
      if (Date.now() > deadline) throw new Error(`No email to ${to} in ${this.dir} after ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  private files(): string[] {
    try {
      return readdirSync(this.dir).filter((f) => f.endsWith('.eml')).sort();
    } catch {
      return []; // Not created until the first email goes out.
    }
  }
}

function parseEml(file: string, raw: string): OutboxMessage {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeHeader(line.slice(colon + 1).trim());
  }
  const quoted = headers['content-transfer-encoding']?.toLowerCase() === 'quoted-printable';
  return { file, headers, text: quoted ? decodeQuotedPrintable(body) : body };
}

/** RFC 2047 encoded words (`=?UTF-8?Q?contrase=C3=B1a?=`), as in non-ASCII subjects. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between adjacent encoded words is not text
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/** RFC 2045 quoted-printable: `=` + line break is a soft break, `=XX` an octet. */
export function decodeQuotedPrintable(text: string): string {
  const octets = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(octets, 'latin1').toString('utf8');
}

/** The token of the `…/reset-password?token=…` link in a password reset email. */
export function resetTokenFrom(message: OutboxMessage): string {
  const match = /\/reset-password\?token=([^\s&]+)/.exec(message.text);
  if (!match?.[1]) throw new Error(`No reset link in ${message.file}:\n${message.text}`);
  return decodeURIComponent(match[1]);
}
