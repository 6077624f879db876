import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userByEmail } from '../accounts/accounts.ts';
import { extraCommunitySlugsOf } from '../communities/communities.ts';
import type { Database } from '../db/database.ts';
import { goals } from '../profiles/profile-input.ts';
import { profileOf } from '../profiles/profiles.ts';
import { databaseKinds } from '../testing/databases.ts';
import { importMembers, type ImportProgress } from './import-members.ts';
import { exportToString, openMembersDatabase } from './test-helpers.ts';

const lineCount = 10_000;
// Three 10,000-line imports and exports: tens of seconds on PGlite on a loaded two-core machine.
const slow = 300_000;

const firstNames = ['Ana', 'José', 'Lucía', 'Íñigo', 'Marta', 'John', 'Chloé', 'Pau', 'Zoë', 'Nuño'];
const lastNames = ['García', 'Núñez', 'Smith', 'Fernández', 'Ortega', 'Müller', 'Ruiz'];
const sectors = ['fotografía', 'floristería', 'consultoría', 'software', 'legal', 'catering', 'diseño', 'marketing'];
const places = [
  ['Madrid', 'Comunidad de Madrid', 'ES'],
  ['Barcelona', 'Cataluña', 'ES'],
  ['Sevilla', 'Andalucía', 'ES'],
  ['London', 'England', 'GB'],
  ['Lisboa', 'Lisboa', 'PT'],
  ['Ciudad de México', 'CDMX', 'MX'],
] as const;

/** The i-th good member, in canonical form and contract key order (as export writes it). */
function goodMember(i: number) {
  const at = <T>(list: readonly T[], salt: number) => list[(i * salt + salt) % list.length]!;
  const [city, region, country] = at(places, 5);
  const sector = at(sectors, 3);
  return {
    email: `${at(['ana', 'jose', 'lucia', 'pau'], 7)}.${i}@example.${i % 2 ? 'es' : 'com'}`,
    name: `${at(firstNames, 1)} ${at(lastNames, 3)} ${i}`,
    ...(i % 3 ? { company: `${at(lastNames, 1)} ${sector} SL` } : {}),
    headline: `Especialista en ${sector}`,
    sector,
    city,
    region,
    country,
    languages: i % 4 ? ['es', 'en'] : ['es'],
    locale: i % 3 ? 'es' : 'en',
    offers: [`${sector} para empresas`, `asesoría nº ${i % 50}`],
    ...(i % 5 ? { needs: [`clientes en ${city}`] } : {}),
    goals: [at(goals, 1), at(goals, 4)].filter((goal, index, all) => all.indexOf(goal) === index),
    remote: i % 2 === 0,
    ...(i % 4 ? { pitch: `Ayudo a empresas de ${city} con ${sector}: más de ${i} proyectos “llave en mano”.` } : {}),
    ...(i % 3 === 0 ? { website: `https://m${i}.example.es/` } : {}),
    ...(i % 5 === 0 ? { communities: ['camara-madrid', `grupo-${i % 7}`] } : {}),
  };
}

/** Bad line kinds, each with the reason the importer must give. */
const badKinds: { line(n: number): Buffer; reason: RegExp }[] = [
  { line: (n) => Buffer.from(`{"email":"broken.${n}@example.es","name":"Roto"`), reason: /^invalid JSON: / },
  { line: (n) => Buffer.from(JSON.stringify({ name: `Sin Email ${n}` })), reason: /^"email": required$/ },
  { line: (n) => json({ ...goodMember(n), goals: ['clients', 'world-domination'] }), reason: /^goals\/1: must be one of / },
  { line: (n) => json({ ...goodMember(n), country: 'ESP' }), reason: /^country: must be an ISO 3166-1 alpha-2/ },
  { line: (n) => json({ ...goodMember(n), name: 'N'.repeat(121) }), reason: /^name: must be at most 120 characters$/ },
  {
    line: (n) => Buffer.concat([Buffer.from(`{"email":"latin1.${n}@example.es","name":"Jos`), Buffer.from([0xe9]), Buffer.from('"}')]),
    reason: /^not valid UTF-8$/,
  },
];
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

// 100 bad lines (1 %) at known numbers: 37, 137, 237 … 9937.
const badLineNumbers = Array.from({ length: lineCount / 100 }, (_, k) => 37 + 100 * k);
const isBad = new Set(badLineNumbers);
const goodLines: string[] = [];
const fileLines: Buffer[] = [];
for (let n = 1; n <= lineCount; n++) {
  if (isBad.has(n)) {
    fileLines.push(badKinds[badLineNumbers.indexOf(n) % badKinds.length]!.line(n));
  } else {
    goodLines.push(JSON.stringify(goodMember(n)));
    fileLines.push(Buffer.from(goodLines.at(-1)!));
  }
}
const file = Buffer.concat(fileLines.flatMap((line) => [line, Buffer.from('\n')]));
const expectedExport = goodLines.sort().map((line) => `${line}\n`).join('');

/** The file in odd-sized chunks, so lines and multi-byte characters straddle chunk boundaries. */
const fileStream = () =>
  Readable.from(Array.from({ length: Math.ceil(file.length / 65_521) }, (_, k) => file.subarray(k * 65_521, (k + 1) * 65_521)));

describe.each(databaseKinds)('importing 10,000 lines with 100 bad ones (%s)', (kind) => {
  let database: Database;
  let firstExport: string;
  beforeAll(async () => {
    database = await openMembersDatabase(kind);
  });
  afterAll(() => database?.close());

  it('imports every good line and reports exactly the bad ones', { timeout: slow }, async () => {
    const progress: ImportProgress[] = [];
    const summary = await importMembers(database, fileStream(), { onProgress: (p) => progress.push(p) });

    expect(summary.failed.map((f) => f.line)).toEqual(badLineNumbers);
    summary.failed.forEach(({ reason }, k) => expect(reason).toMatch(badKinds[k % badKinds.length]!.reason));
    expect(summary).toMatchObject({ total: lineCount, created: lineCount - 100, updated: 0 });
    expect(progress.at(-1)).toEqual({ line: lineCount, imported: lineCount - 100, failed: 100 });

    for (const n of [1, 2, 500, 4_999, 10_000]) {
      const member = goodMember(n);
      const user = await userByEmail(database.db, member.email);
      expect(user?.locale).toBe(member.locale);
      expect(await profileOf(database.db, user!.id)).toMatchObject({
        name: member.name,
        city: member.city,
        country: member.country,
        offers: member.offers,
        goals: member.goals,
        remote: member.remote,
        pitch: member.pitch ?? '',
      });
      expect((await extraCommunitySlugsOf(database.db, [user!.id])).get(user!.id)).toEqual(member.communities ?? []);
    }
    expect(await userByEmail(database.db, `broken.37@example.es`)).toBeUndefined();

    firstExport = await exportToString(database);
    expect(firstExport).toBe(expectedExport);
  });

  it('gives the same result when the same file is imported again', { timeout: slow }, async () => {
    const summary = await importMembers(database, fileStream());
    expect(summary).toMatchObject({ total: lineCount, created: 0, updated: lineCount - 100 });
    expect(summary.failed.map((f) => f.line)).toEqual(badLineNumbers);
    expect(await exportToString(database)).toBe(firstExport);
  });

  it('exports what a fresh database imports back, byte for byte', { timeout: slow }, async () => {
    const fresh = await openMembersDatabase(kind);
    try {
      const summary = await importMembers(fresh, Readable.from([firstExport]));
      expect(summary).toEqual({ total: lineCount - 100, created: lineCount - 100, updated: 0, failed: [] });
      expect(await exportToString(fresh)).toBe(firstExport);
    } finally {
      await fresh.close();
    }
  });
});
