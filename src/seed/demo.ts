import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fail } from '../cli/fail.ts';
import { withDatabase } from '../cli/with-database.ts';
import type { Database } from '../db/database.ts';
import { summaryText } from '../members/cli.ts';
import { importMembers, type ImportSummary } from '../members/import-members.ts';

export const demoMembersFile = fileURLToPath(new URL('./demo-members.jsonl', import.meta.url));

/** Fills a database with the demo community (idempotent: a second run updates the same members). */
export function seedDemo(database: Database): Promise<ImportSummary> {
  return importMembers(database, createReadStream(demoMembersFile));
}

/** `sinergia seed --demo`. */
export async function seedCommand(args: string[]): Promise<number> {
  if (args.join(' ') !== '--demo') return fail('Usage: sinergia seed --demo');
  const summary = await withDatabase(seedDemo);
  console.log(`Demo community: ${summaryText(summary)}`);
  return summary.failed.length ? 2 : 0;
}
