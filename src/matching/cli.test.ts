import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useCli } from '../testing/cli-runner.ts';
import { databaseKinds } from '../testing/databases.ts';
import type { RecommendationLine } from './cli.ts';

const fixture = fileURLToPath(new URL('./fixtures/quality-members.jsonl', import.meta.url));

describe.each(databaseKinds)('sinergia recommend (%s)', (kind) => {
  const { sinergia } = useCli(kind, 'sinergia-recommend-');

  it('prints a member’s recommendations after an import, as JSON and as a table', { timeout: 120_000 }, async () => {
    expect(await sinergia('import', 'members', fixture)).toMatchObject({ code: 0, stdout: 'Imported 53 members (53 created, 0 updated).\n' });

    const spanish = await sinergia('recommend', 'ana.foto@example.es', '--json', '--limit', '3');
    expect(spanish).toMatchObject({ code: 0, stderr: '' });
    const lines = JSON.parse(spanish.stdout) as RecommendationLine[];
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['email', 'name', 'score', 'relation', 'reasons']);
      expect(line).toEqual({
        email: expect.stringMatching(/@example\./),
        name: expect.any(String),
        score: expect.any(Number),
        relation: expect.stringMatching(/^(partner|client|supplier|peer|competitor)$/),
        reasons: expect.arrayContaining([expect.any(String)]),
      });
    }
    expect(lines.map((line) => line.score)).toEqual([...lines.map((line) => line.score)].sort((a, b) => b - a));
    expect(lines.map((line) => line.email)).not.toContain('pablo.foto@example.es');
    expect(lines.flatMap((line) => line.reasons).join('\n')).toMatch(/podéis recomendaros clientes|justo lo que ofreces/);

    const english = JSON.parse((await sinergia('recommend', 'founder.tom@example.com', '--json', '--limit', '3')).stdout) as RecommendationLine[];
    expect(english.map((line) => line.email)).toContain('asesoria.elena@example.es');
    expect(english.flatMap((line) => line.reasons).join('\n')).toMatch(/They offer accounting — just what you need/);

    const table = await sinergia('recommend', 'ana.foto@example.es', '--limit', '2');
    const [header, ...rows] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^NAME +RELATION +SCORE +WHY$/);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(lines[0]!.name);
  });

  it('explains what is wrong with the command line', async () => {
    expect(await sinergia('recommend')).toMatchObject({ code: 1, stderr: expect.stringContaining('Usage: sinergia recommend EMAIL') });
    expect(await sinergia('recommend', 'x@example.es', '--limit', 'many')).toMatchObject({ code: 1 });
    expect(await sinergia('recommend', 'nobody@example.es')).toMatchObject({ code: 1, stderr: 'No account with email nobody@example.es.\n' });
  });
});
