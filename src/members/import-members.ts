import type { Readable } from 'node:stream';
import { normalizeEmail, upsertAccountsByEmail } from '../accounts/accounts.ts';
import { joinCommunities } from '../communities/communities.ts';
import type { Database, DbOrTx } from '../db/database.ts';
import { saveProfiles } from '../profiles/save-profiles.ts';
import { parseMemberLine, type MemberRecord } from './member-record.ts';

export interface ImportProgress {
  /** Lines read so far. */
  line: number;
  imported: number;
  failed: number;
}

export interface ImportSummary {
  /** Non-blank lines read. */
  total: number;
  created: number;
  updated: number;
  /** Rejected lines, in line order. */
  failed: { line: number; reason: string }[];
}

export interface ImportOptions {
  onProgress?(progress: ImportProgress): void;
}

/** Lines per transaction: large enough to be fast, small enough that a retry stays cheap. */
const chunkLines = 200;

type NumberedRecord = { line: number; record: MemberRecord };

/**
 * Imports a JSON Lines stream of members (the contract in DESIGN.md) as an idempotent upsert by
 * email. Fields a line leaves out keep their current value, so an import never erases what a member
 * wrote; communities are only ever joined. Bad lines are reported by number and skip nothing else.
 */
export async function importMembers(
  database: Database,
  input: Readable | AsyncIterable<Buffer | string>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { total: 0, created: 0, updated: 0, failed: [] };
  const progress = (line: number) =>
    options.onProgress?.({ line, imported: summary.created + summary.updated, failed: summary.failed.length });
  let chunk: NumberedRecord[] = [];
  let lastLine = 0;
  for await (const decoded of decodedLines(input)) {
    const { line } = decoded;
    lastLine = line;
    if ('error' in decoded || decoded.text.trim()) {
      summary.total++;
      const parsed = 'error' in decoded ? { ok: false as const, reasons: [decoded.error] } : parseMemberLine(decoded.text);
      if (parsed.ok) chunk.push({ line, record: parsed.record });
      else summary.failed.push({ line, reason: parsed.reasons.join('; ') });
    }
    if (line % chunkLines === 0) {
      await writeChunk(database, chunk, summary);
      chunk = [];
      progress(line);
    }
  }
  await writeChunk(database, chunk, summary);
  progress(lastLine);
  summary.failed.sort((a, b) => a.line - b.line);
  return summary;
}

/**
 * Writes a chunk in one transaction. If it fails, the whole chunk has rolled back: its lines are
 * retried one by one so only the culprit is rejected.
 */
async function writeChunk(database: Database, chunk: NumberedRecord[], summary: ImportSummary) {
  if (!chunk.length) return;
  const count = (created: boolean) => (created ? summary.created++ : summary.updated++);
  try {
    // Everything goes through `tx`: PGlite has one connection, so a query outside would wait forever.
    (await database.db.transaction((tx) => saveMembers(tx, chunk.map((c) => c.record)))).forEach(count);
  } catch {
    for (const { line, record } of chunk) {
      try {
        (await database.db.transaction((tx) => saveMembers(tx, [record]))).forEach(count);
      } catch (error) {
        // Drizzle's message repeats the whole query and its parameters; the driver's cause says what went wrong.
        const { cause } = error as Error;
        summary.failed.push({ line, reason: `database: ${(cause instanceof Error ? cause : (error as Error)).message}` });
      }
    }
  }
}

/**
 * Upserts members in a few statements per chunk; returns, per record, whether its account is new.
 * Lines for the same email are merged in file order, as if applied one after the other.
 */
async function saveMembers(tx: DbOrTx, records: MemberRecord[]): Promise<boolean[]> {
  const merged = new Map<string, MemberRecord>();
  for (const record of records) {
    const email = normalizeEmail(record.email);
    const earlier = merged.get(email);
    const communities = [...new Set([...(earlier?.communities ?? []), ...(record.communities ?? [])])];
    merged.set(email, { ...earlier, ...record, email, communities });
  }
  const members = [...merged.values()];
  const accounts = await upsertAccountsByEmail(tx, members.map(({ email, locale }) => ({ email, ...(locale ? { locale } : {}) })));
  const account = (email: string) => accounts.get(normalizeEmail(email))!;
  // Every way in (signup, import) joins new accounts to the default community; existing members keep their choice.
  // Memberships go first so that whoever listens to profile saves sees them.
  await joinCommunities(
    tx,
    members.map(({ email, communities = [] }) => ({ userId: account(email).id, slugs: communities, general: account(email).created })),
  );
  await saveProfiles(
    tx,
    members.map(({ email, locale: _, communities: __, ...profile }) => ({ userId: account(email).id, input: profile })),
  );
  // A repeated email counts as created once, then as updated.
  const seen = new Set<string>();
  return records.map(({ email }) => {
    const key = normalizeEmail(email);
    const created = account(key).created && !seen.has(key);
    seen.add(key);
    return created;
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Far above any valid record; keeps a file with no line breaks (a JSON array, say) out of memory. */
const maxLineBytes = 1024 * 1024;

type DecodedLine = { line: number; text: string } | { line: number; error: string };

/**
 * Numbered lines of a byte stream, decoded one by one so an invalid byte spoils only its own line.
 * Splitting on the newline byte is safe: it never occurs inside a multi-byte UTF-8 sequence. The
 * decoder drops a leading byte order mark; a trailing "\r" is dropped too.
 */
async function* decodedLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<DecodedLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let line = 0;
  const keep = (bytes: Buffer) => {
    pendingLength += bytes.length;
    if (pendingLength <= maxLineBytes) pending.push(bytes);
  };
  const finish = (): DecodedLine => {
    const bytes = Buffer.concat(pending);
    const tooLong = pendingLength > maxLineBytes;
    pending = [];
    pendingLength = 0;
    line++;
    if (tooLong) return { line, error: `longer than ${maxLineBytes / 2 ** 20} MiB` };
    try {
      return { line, text: utf8.decode(bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes) };
    } catch {
      return { line, error: 'not valid UTF-8' };
    }
  };
  for await (const piece of input) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
    let start = 0;
    for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
      keep(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    if (start < bytes.length) keep(bytes.subarray(start));
  }
  if (pendingLength) yield finish();
}
