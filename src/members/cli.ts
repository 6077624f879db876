import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { fail } from '../cli/fail.ts';
import { withDatabase } from '../cli/with-database.ts';
import { exportMembers } from './export-members.ts';
import { importMembers, type ImportProgress, type ImportSummary } from './import-members.ts';

const maxPrintedFailures = 100;
const count = (n: number) => n.toLocaleString('en-US');
const counted = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;

/** `sinergia import members FILE.jsonl`: exit code 0 when every line was imported, 2 when some were rejected. */
export async function importCommand([what, file]: string[]): Promise<number> {
  if (what !== 'members' || !file) return fail('Usage: sinergia import members FILE.jsonl');
  if (!existsSync(file)) return fail(`File not found: ${file}`);
  const onProgress = process.stderr.isTTY ? progressBar(await countLines(file)) : undefined;
  const summary = await withDatabase((database) => importMembers(database, createReadStream(file), { onProgress }));
  if (onProgress) process.stderr.write('\n');
  console.log(summaryText(summary));
  return summary.failed.length ? 2 : 0;
}

/** `sinergia export members [FILE]`: JSON Lines to FILE, or to standard output. */
export async function exportCommand([what, file, ...rest]: string[]): Promise<number> {
  if (what !== 'members' || rest.length) return fail('Usage: sinergia export members [FILE.jsonl]');
  const output = file ? createWriteStream(file) : process.stdout;
  // A path that cannot be written fails here, as an error message rather than a crash.
  if (file) await once(output, 'open');
  const written = await withDatabase((database) => exportMembers(database, output));
  if (file) {
    output.end();
    await once(output, 'finish');
  }
  // On stderr, so that standard output carries nothing but the members.
  console.error(`Exported ${counted(written, 'member')}${file ? ` to ${file}` : ''}.`);
  return 0;
}

export function summaryText({ created, updated, failed }: ImportSummary): string {
  const imported = `Imported ${counted(created + updated, 'member')} (${count(created)} created, ${count(updated)} updated)`;
  if (!failed.length) return `${imported}.`;
  const lines = failed.slice(0, maxPrintedFailures).map(({ line, reason }) => `  line ${line}: ${reason}`);
  if (failed.length > maxPrintedFailures) lines.push(`  … and ${count(failed.length - maxPrintedFailures)} more`);
  return [`${imported}; ${counted(failed.length, 'line')} rejected:`, ...lines].join('\n');
}

/** `\r[#####     ] 52% 5,200/10,000 lines`, redrawn in place. */
function progressBar(totalLines: number) {
  return ({ line }: ImportProgress) => {
    const ratio = totalLines ? Math.min(1, line / totalLines) : 1;
    const filled = Math.round(ratio * 10);
    const bar = '#'.repeat(filled) + ' '.repeat(10 - filled);
    process.stderr.write(`\r[${bar}] ${Math.floor(ratio * 100)}% ${count(line)}/${count(totalLines)} lines`);
  };
}

/** The line count the progress bar needs, read in a quick first pass over the file. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++;
    last = chunk.at(-1) ?? last;
  }
  return last === 0x0a ? lines : lines + 1;
}
