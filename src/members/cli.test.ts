import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from '../testing/cli-runner.ts';
import { databaseKinds } from '../testing/databases.ts';
import { summaryText } from './cli.ts';

const good = [
  '{"email":"zoe@example.es","name":"Zoë Martín","city":"Madrid","goals":["clients"]}',
  '{"email":"ana@example.es","name":"Ana García","communities":["camara-madrid"]}',
];

describe.each(databaseKinds)('sinergia import/export members (%s)', (kind) => {
  const { sinergia, dir } = useCli(kind, 'sinergia-cli-');

  it('imports a file with two bad lines (exit 2) and exports the good ones', { timeout: 120_000 }, async () => {
    const file = join(dir(), 'members.jsonl');
    writeFileSync(file, [good[0], '{"name":"Sin Email"}', good[1], '{"email":"x@example.es"'].join('\n'));

    const imported = await sinergia('import', 'members', file);
    expect(imported.code).toBe(2);
    expect(imported.stdout).toMatch(/^Imported 2 members \(2 created, 0 updated\); 2 lines rejected:\n/);
    expect(imported.stdout).toContain('  line 2: "email": required\n');
    expect(imported.stdout).toMatch(/ {2}line 4: invalid JSON: /);
    expect(imported.stderr).toBe('');

    const exported = await sinergia('export', 'members');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(
      '{"email":"ana@example.es","name":"Ana García","locale":"es","remote":false,"communities":["camara-madrid"]}\n' +
        '{"email":"zoe@example.es","name":"Zoë Martín","city":"Madrid","locale":"es","goals":["clients"],"remote":false}\n',
    );
    expect(exported.stderr).toBe('Exported 2 members.\n');

    const missing = await sinergia('import', 'members', join(dir(), 'missing.jsonl'));
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('File not found') });
  });
});

describe('summaryText', () => {
  it('lists at most 100 rejected lines', () => {
    const failed = Array.from({ length: 1234 }, (_, k) => ({ line: k + 1, reason: '"email": required' }));
    const lines = summaryText({ total: 11_234, created: 9_000, updated: 1_000, failed }).split('\n');
    expect(lines[0]).toBe('Imported 10,000 members (9,000 created, 1,000 updated); 1,234 lines rejected:');
    expect(lines[100]).toBe('  line 100: "email": required');
    expect(lines.slice(101)).toEqual(['  … and 1,134 more']);
  });

  it('says so when every line was imported', () => {
    expect(summaryText({ total: 1, created: 0, updated: 1, failed: [] })).toBe('Imported 1 member (0 created, 1 updated).');
  });
});
