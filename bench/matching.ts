// `npm run bench:matching` — the Discover matching benchmark of issue 3.
//
// Builds a deterministic synthetic community (src/matching/bench/synthetic-community.ts), imports it
// with the member importer, then measures on PGlite (always) and PostgreSQL (when DATABASE_URL is
// set): the latency of one member's recommendations, everyone's weekly top 10, peak memory, and the
// fast path's recall@10 and speed-up against exhaustive scoring. Results go to
// bench/results/matching.json; a summary is printed.
//
// Environment:
//   BENCH_MEMBERS=100000     community size          BENCH_SEED=20261126   generator seed
//   DATABASE_URL=postgres:// also on PostgreSQL: a fresh database is created on that server and
//                            dropped afterwards; with BENCH_KEEP_DB=1 the given database itself is
//                            used (it must be empty or hold this same community) and kept.
//   BENCH_LATENCY=200  BENCH_WARMUP=20  BENCH_RECALL=50   sample sizes (100/10/20 below 10,000 members)
//   BENCH_WEEKLY=on|off      everyone's weekly top 10 (all members)   BENCH_THREADS=0   its threads (0: every core)
//   BENCH_REBUILD=1          ignore the cached PGlite database in bench/.data/
//   BENCH_ONLY=pglite|postgres   run one database only
//
// Each database is loaded and measured in child processes, so the peak memory reported is the
// measuring process's own and a cached database is opened cold, as after a restart.
import { createHash, randomBytes } from 'node:crypto';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureDefaultCommunity } from '../src/communities/communities.ts';
import { openDatabase, type DatabaseLocation } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { importMembers } from '../src/members/import-members.ts';
import { formatMemberLine } from '../src/members/member-record.ts';
import { generatorVersion, mulberry32, syntheticMembers } from '../src/matching/bench/synthetic-community.ts';
import { exhaustiveRecommendFor, recommendFor } from '../src/matching/discover/recommend.ts';
import { currentPool } from '../src/matching/pool/pool-store.ts';
import { topMatches } from '../src/matching/pool/top-matches.ts';
import { prepareMatching, registerMatching } from '../src/matching/register.ts';
import { computeWeeklyPicks } from '../src/matching/weekly/weekly-picks.ts';
import { loadTaxonomy } from '../src/matching/taxonomy/taxonomy.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const limit = 10;

// ---------------------------------------------------------------------------------------------
// Settings

const env = process.env;
const int = (name: string, fallback: number) => {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got ${value}`);
  return n;
};

interface Settings {
  seed: number;
  members: number;
  latencySample: number;
  warmup: number;
  recallSample: number;
  /** Run everyone's weekly top 10 (BENCH_WEEKLY=off skips it). */
  weekly: boolean;
  /** Threads for the weekly batch; 0: every core. */
  threads: number;
}

function readSettings(): Settings {
  const weekly = env.BENCH_WEEKLY ?? 'on';
  if (weekly !== 'on' && weekly !== 'off') throw new Error('BENCH_WEEKLY must be on or off');
  const members = int('BENCH_MEMBERS', 100_000);
  // Development runs (a few thousand members) use smaller samples, to stay quick.
  const small = members < 10_000;
  return {
    seed: int('BENCH_SEED', 20261126),
    members,
    latencySample: int('BENCH_LATENCY', small ? 100 : 200),
    warmup: int('BENCH_WARMUP', small ? 10 : 20),
    recallSample: int('BENCH_RECALL', small ? 20 : 50),
    weekly: weekly === 'on',
    threads: int('BENCH_THREADS', 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const seconds = (fromMs: number) => round((performance.now() - fromMs) / 1000, 2);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 2 ** 20, 0);
const log = (message: string) => process.stderr.write(`[bench:matching] ${message}\n`);

/** Nearest-rank percentile of unsorted values. */
function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);
const stats = (values: readonly number[]) => ({
  n: values.length,
  p50: round(percentile(values, 50), 2),
  p95: round(percentile(values, 95), 2),
  p99: round(percentile(values, 99), 2),
  mean: round(mean(values), 2),
  max: round(Math.max(...values), 2),
});

/** `count` distinct indices below `n`, drawn with the PRNG (a partial Fisher–Yates shuffle). */
function sampleIndices(random: () => number, n: number, count: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const take = Math.min(count, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}

/** Peak RSS and heap, sampled, plus the kernel's RSS high-water mark. */
function memoryWatch() {
  let peakHeapUsed = 0;
  let peakRss = 0;
  const sample = () => {
    const { heapUsed, rss } = process.memoryUsage();
    peakHeapUsed = Math.max(peakHeapUsed, heapUsed);
    peakRss = Math.max(peakRss, rss);
  };
  const timer = setInterval(sample, 200);
  timer.unref();
  return () => {
    sample();
    // maxRSS is in kilobytes.
    return { peakRssMb: mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024)), peakHeapUsedMb: mb(peakHeapUsed) };
  };
}

/**
 * A hash of everything that decides what a loaded database holds — the migrations and every source
 * file the importer, the match-profile refresh and the generator load (followed through their
 * relative imports) — so a cached database is rebuilt when any of them changes.
 */
function dataFingerprint(): string {
  const hash = createHash('sha256').update(`generator ${generatorVersion}\n`);
  const files = new Set<string>();
  const follow = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    if (!file.endsWith('.ts')) return;
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g))
      follow(join(dirname(file), specifier!));
  };
  for (const entry of ['src/members/import-members.ts', 'src/matching/store/refresh.ts', 'src/matching/bench/synthetic-community.ts', 'src/communities/communities.ts'])
    follow(join(root, entry));
  const migrations = join(root, 'src/db/migrations');
  for (const file of readdirSync(migrations).sort()) files.add(join(migrations, file));
  for (const file of [...files].sort()) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// Child tasks: load a database, measure a database

interface LoadTask {
  task: 'load';
  location: DatabaseLocation;
  seed: number;
  members: number;
}

export interface LoadResult {
  generateSeconds: number;
  importSeconds: number;
  /** Visibility of the public and private members set after the import (the import format has no visibility). */
  visibilitySeconds: number;
  vacuumAnalyzeSeconds: number;
  /** Generation + import + visibility + VACUUM ANALYZE. */
  totalSeconds: number;
  membersPerSecond: number;
  failedLines: number;
  matchProfiles: number;
  peakRssMb: number;
}

interface MeasureTask {
  task: 'measure';
  kind: 'pglite' | 'postgres';
  location: DatabaseLocation;
  settings: Settings;
}

async function runLoad({ location, seed, members }: LoadTask): Promise<LoadResult> {
  const memory = memoryWatch();
  const file = join(os.tmpdir(), `sinergia-bench-matching-${seed}-${members}-${process.pid}.jsonl`);
  const special: { email: string; visibility: string }[] = [];
  try {
    let started = performance.now();
    const out = createWriteStream(file);
    for (const member of syntheticMembers(seed, members, loadTaxonomy())) {
      if (!out.write(formatMemberLine(member.record))) await once(out, 'drain');
      if (member.visibility !== 'members') special.push({ email: member.record.email, visibility: member.visibility });
    }
    out.end();
    await finished(out);
    const generateSeconds = seconds(started);
    log(`generated ${members.toLocaleString('en-US')} members in ${generateSeconds} s`);

    const database = await openDatabase(location);
    try {
      await migrate(database);
      await ensureDefaultCommunity(database.db, 'Sinergia');
      registerMatching();
      started = performance.now();
      let lastReport = 0;
      const summary = await importMembers(database, createReadStream(file), {
        onProgress: ({ line }) => {
          if (line === lastReport || (line - lastReport < 10_000 && line < members)) return;
          lastReport = line;
          const elapsed = (performance.now() - started) / 1000;
          log(`  imported ${line.toLocaleString('en-US')} lines in ${round(elapsed, 0)} s (${round(line / elapsed, 0)}/s)`);
        },
      });
      const importSeconds = seconds(started);
      if (summary.failed.length)
        log(`WARNING: ${summary.failed.length} lines failed, first: line ${summary.failed[0]!.line}: ${summary.failed[0]!.reason}`);

      started = performance.now();
      for (let i = 0; i < special.length; i += 5000) {
        const chunk = special.slice(i, i + 5000);
        await database.query(
          `UPDATE profiles p SET visibility = v.visibility
           FROM unnest($1::text[], $2::text[]) AS v(email, visibility), users u
           WHERE u.email = v.email AND p.user_id = u.id`,
          [chunk.map((s) => s.email), chunk.map((s) => s.visibility)],
        );
      }
      const visibilitySeconds = seconds(started);
      // A bulk load is followed by statistics (PGlite has no autovacuum; the server's would catch up later).
      started = performance.now();
      await database.exec('VACUUM ANALYZE');
      const vacuumAnalyzeSeconds = seconds(started);
      const [count] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM match_profiles');
      const totalSeconds = round(generateSeconds + importSeconds + visibilitySeconds + vacuumAnalyzeSeconds, 2);
      return {
        generateSeconds, importSeconds, visibilitySeconds, vacuumAnalyzeSeconds, totalSeconds,
        membersPerSecond: round(members / importSeconds, 0),
        failedLines: summary.failed.length,
        matchProfiles: count?.n ?? 0,
        peakRssMb: memory().peakRssMb,
      };
    } finally {
      await database.close();
    }
  } finally {
    rmSync(file, { force: true });
  }
}

export interface DatabaseResult {
  openSeconds: number;
  members: number;
  /** Reading every match profile into the member pool, cold (what a server does once after starting). */
  pool: { loadSeconds: number; members: number; heapUsedMb: number };
  latencyMs: ReturnType<typeof stats> & { warmup: number };
  /** Of the same sample: the in-memory search alone, without the database reads around it. */
  rankingOnlyMs: ReturnType<typeof stats>;
  /** Members the fast path fully scored per recommendation (the rest were ruled out by their bounds). */
  scoredPerRecommendation: ReturnType<typeof stats>;
  itemsPerRecommendation: number;
  membersWithoutRecommendations: number;
  weeklyBatch: { seconds: number; members: number; membersPerSecond: number; threads: number } | null;
  memory: { peakRssMb: number; peakHeapUsedMb: number };
  recall: {
    recallAt10: number;
    members: number;
    /** Members whose fast top 10 was the exhaustive top 10 exactly: same members, order and scores. */
    identicalLists: number;
    /** Members for whom the exhaustive ranking found nobody (left out of the mean). */
    skipped: number;
  };
  exhaustiveMs: ReturnType<typeof stats>;
  /** The fast path over the recall sample, timed alongside the exhaustive runs. */
  fastOnRecallSampleMs: ReturnType<typeof stats>;
  /** Exhaustive p50 / fast p50 over the recall sample. */
  speedUp: number;
}

async function runMeasure({ kind, location, settings }: MeasureTask): Promise<DatabaseResult> {
  const memory = memoryWatch();
  let started = performance.now();
  const database = await openDatabase(location);
  try {
    await migrate(database);
    await prepareMatching(database.db);
    const openSeconds = seconds(started);
    const db = database.db;
    const now = new Date();

    // Member i of the generator is the one whose email ends in ".i@bench.example.org", on every database.
    const rows = await database.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM users u JOIN profiles p ON p.user_id = u.id WHERE u.email LIKE '%@bench.example.org'`,
    );
    const idByIndex: string[] = [];
    for (const { id, email } of rows) {
      const index = Number(/\.(\d+)@bench\.example\.org$/.exec(email)?.[1]);
      if (Number.isInteger(index)) idByIndex[index] = id;
    }
    const members = settings.members;
    const ids = Array.from({ length: members }, (_, i) => idByIndex[i]);
    if (ids.some((id) => !id)) throw new Error(`the database does not hold the ${members} generated members`);
    const sample = (stream: number, count: number) => sampleIndices(mulberry32(settings.seed ^ stream), members, count).map((i) => ids[i]!);
    log(`${kind}: opened in ${openSeconds} s, ${members.toLocaleString('en-US')} members`);

    started = performance.now();
    const pool = await currentPool(db);
    const poolStats = { loadSeconds: seconds(started), members: pool.size, heapUsedMb: mb(process.memoryUsage().heapUsed) };
    log(`${kind}: member pool loaded in ${poolStats.loadSeconds} s (${pool.size.toLocaleString('en-US')} members, heap ${poolStats.heapUsedMb} MB)`);

    // Latency of one member's recommendations, warm: what GET /api/discover does.
    for (const id of sample(0x5eed_0001, settings.warmup)) await recommendFor(db, id, { limit, now });
    const latencies: number[] = [];
    const rankingOnly: number[] = [];
    const scored: number[] = [];
    let items = 0;
    let empty = 0;
    for (const id of sample(0x5eed_0002, settings.latencySample)) {
      let t = performance.now();
      const { items: got } = await recommendFor(db, id, { limit, now });
      latencies.push(performance.now() - t);
      items += got.length;
      if (!got.length) empty++;
      const viewer = pool.member(pool.slotOf(id)!)!.profile;
      t = performance.now();
      const found = topMatches(pool, { viewer, k: limit, excluded: new Set(), now });
      rankingOnly.push(performance.now() - t);
      scored.push(found.scored);
    }
    const latencyMs = { ...stats(latencies), warmup: settings.warmup };
    log(`${kind}: recommendFor p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms, p99 ${latencyMs.p99} ms (in-memory search alone p50 ${stats(rankingOnly).p50} ms)`);

    // Recall@10 and speed-up of the fast path against scoring every member, on the same members.
    const fastTimes: number[] = [];
    const exhaustiveTimes: number[] = [];
    const recalls: number[] = [];
    let identical = 0;
    let skipped = 0;
    const recallSample = sample(0x5eed_0003, settings.recallSample);
    for (const id of recallSample) {
      let t = performance.now();
      const fast = await recommendFor(db, id, { limit, now });
      fastTimes.push(performance.now() - t);
      t = performance.now();
      const exhaustive = await exhaustiveRecommendFor(db, id, { limit, now });
      exhaustiveTimes.push(performance.now() - t);
      const list = (d: typeof fast) => d.items.map((item) => `${item.userId}:${item.score}`);
      if (JSON.stringify(list(fast)) === JSON.stringify(list(exhaustive))) identical++;
      if (!exhaustive.items.length) {
        skipped++;
        continue;
      }
      const found = new Set(fast.items.map((item) => item.userId));
      recalls.push(exhaustive.items.filter((item) => found.has(item.userId)).length / exhaustive.items.length);
    }
    const exhaustiveMs = stats(exhaustiveTimes);
    const fastOnRecallSampleMs = stats(fastTimes);
    const speedUp = round(exhaustiveMs.p50 / fastOnRecallSampleMs.p50, 1);
    const recall = { recallAt10: round(mean(recalls), 4), members: recalls.length, identicalLists: identical, skipped };
    log(`${kind}: recall@10 ${recall.recallAt10} (${identical}/${recallSample.length} identical lists), exhaustive p50 ${exhaustiveMs.p50} ms, speed-up ${speedUp}×`);

    // Everyone's weekly top 10, all members, every core.
    let weeklyBatch: DatabaseResult['weeklyBatch'] = null;
    if (settings.weekly) {
      started = performance.now();
      let lastReport = 0;
      const { members: done, threads } = await computeWeeklyPicks(db, {
        limit, now, ...(settings.threads ? { threads: settings.threads } : {}),
        onPicks: (chunk) => {
          lastReport += chunk.length;
          if (lastReport % 20_000 < chunk.length) log(`  weekly batch: ${lastReport.toLocaleString('en-US')} members in ${seconds(started)} s`);
        },
      });
      const elapsed = seconds(started);
      weeklyBatch = { seconds: elapsed, members: done, membersPerSecond: round(done / elapsed, 0), threads };
      log(`${kind}: weekly top 10 for ${done.toLocaleString('en-US')} members in ${elapsed} s on ${threads} threads`);
    }

    return {
      openSeconds, members, pool: poolStats, latencyMs,
      rankingOnlyMs: stats(rankingOnly),
      scoredPerRecommendation: stats(scored),
      itemsPerRecommendation: round(items / latencies.length, 2),
      membersWithoutRecommendations: empty,
      weeklyBatch,
      memory: memory(),
      recall, exhaustiveMs, fastOnRecallSampleMs, speedUp,
    };
  } finally {
    await database.close();
  }
}

/** Runs a task in a child process (same loader flags), returning what it sends back. */
async function inChild<T>(task: LoadTask | MeasureTask): Promise<T> {
  const child = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  children.add(child);
  let result: { ok: true; value: T } | { ok: false; error: string } | undefined;
  child.on('message', (message) => (result = message as typeof result));
  child.send(task);
  const [code] = (await once(child, 'exit')) as [number | null];
  children.delete(child);
  if (!result) throw new Error(`the ${task.task} process exited with ${code} without a result`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const children = new Set<ReturnType<typeof fork>>();


// ---------------------------------------------------------------------------------------------
// The run

interface CacheMarker {
  seed: number;
  members: number;
  fingerprint: string;
  load: LoadResult;
  createdAt: string;
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

async function pgliteRun(settings: Settings, fingerprint: string) {
  const dataDir = join(here, '.data', `pglite-seed${settings.seed}-members${settings.members}`);
  const markerFile = join(dataDir, 'bench-cache.json');
  let marker: CacheMarker | undefined;
  if (existsSync(markerFile)) marker = JSON.parse(readFileSync(markerFile, 'utf8')) as CacheMarker;
  let reused = false;
  if (marker && marker.fingerprint === fingerprint && env.BENCH_REBUILD !== '1') {
    reused = true;
    log(`pglite: reusing the database loaded on ${marker.createdAt} in ${relative(root, dataDir)} (load took ${marker.load.totalSeconds} s then)`);
  } else {
    if (existsSync(dataDir))
      log(`pglite: ${marker ? (env.BENCH_REBUILD === '1' ? 'BENCH_REBUILD=1' : 'matching code, migrations or generator changed') : 'incomplete earlier load'}: rebuilding ${relative(root, dataDir)}`);
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    log(`pglite: loading ${settings.members.toLocaleString('en-US')} members into ${relative(root, dataDir)}`);
    const load = await inChild<LoadResult>({ task: 'load', location: { dataDir }, seed: settings.seed, members: settings.members });
    marker = { seed: settings.seed, members: settings.members, fingerprint, load, createdAt: new Date().toISOString() };
    writeFileSync(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
    log(`pglite: loaded in ${load.totalSeconds} s (import ${load.importSeconds} s, ${load.membersPerSecond} members/s)`);
  }
  const result = await inChild<DatabaseResult>({ task: 'measure', kind: 'pglite', location: { dataDir }, settings });
  return { load: { ...marker!.load, reused, ...(reused ? { loadedAt: marker!.createdAt } : {}) }, ...result };
}

async function postgresRun(settings: Settings, fingerprint: string, serverUrl: string) {
  const keep = env.BENCH_KEEP_DB === '1';
  let url = serverUrl;
  let dropName: string | undefined;
  if (!keep) {
    dropName = `sinergia_bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${dropName}`);
    const u = new URL(serverUrl);
    u.pathname = `/${dropName}`;
    url = u.toString();
    dropOnExit = { serverUrl, name: dropName };
    log(`postgres: created database ${dropName} (dropped afterwards)`);
  }
  try {
    let load: LoadResult | undefined;
    let reused = false;
    if (keep) {
      // The kept database remembers which community it holds.
      await adminQuery(url, 'CREATE TABLE IF NOT EXISTS bench_matching_cache (marker jsonb NOT NULL)');
      const [row] = (await adminQuery(url, 'SELECT marker FROM bench_matching_cache LIMIT 1')) as { marker: CacheMarker }[];
      const users = (await adminQuery(url, "SELECT to_regclass('users') IS NOT NULL AND EXISTS (SELECT 1 FROM users) AS any")
        .catch(() => [{ any: false }])) as { any: boolean }[];
      if (row && row.marker.seed === settings.seed && row.marker.members === settings.members && row.marker.fingerprint === fingerprint) {
        reused = true;
        load = row.marker.load;
        log(`postgres: reusing the community loaded on ${row.marker.createdAt} in the given database`);
      } else if (users[0]?.any) {
        throw new Error('BENCH_KEEP_DB=1: the database at DATABASE_URL holds other data (or another community); give an empty database');
      }
    }
    if (!load) {
      log(`postgres: loading ${settings.members.toLocaleString('en-US')} members`);
      load = await inChild<LoadResult>({ task: 'load', location: { url }, seed: settings.seed, members: settings.members });
      log(`postgres: loaded in ${load.totalSeconds} s (import ${load.importSeconds} s, ${load.membersPerSecond} members/s)`);
      if (keep) {
        const marker: CacheMarker = { seed: settings.seed, members: settings.members, fingerprint, load, createdAt: new Date().toISOString() };
        await adminQuery(url, `DELETE FROM bench_matching_cache; INSERT INTO bench_matching_cache VALUES ('${JSON.stringify(marker).replaceAll("'", "''")}')`);
      }
    }
    const result = await inChild<DatabaseResult>({ task: 'measure', kind: 'postgres', location: { url }, settings });
    const [server] = (await adminQuery(url, 'SHOW server_version')) as { server_version: string }[];
    return { server: `PostgreSQL ${server?.server_version}`, database: keep ? 'given (BENCH_KEEP_DB=1)' : 'fresh, dropped afterwards', load: { ...load, reused }, ...result };
  } finally {
    if (dropName) {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${dropName} WITH (FORCE)`);
      dropOnExit = undefined;
      log(`postgres: dropped database ${dropName}`);
    }
  }
}
let dropOnExit: { serverUrl: string; name: string } | undefined;

type Run = Awaited<ReturnType<typeof pgliteRun>>;

function target(value: number | undefined, limitValue: number, direction: 'max' | 'min') {
  if (value === undefined || Number.isNaN(value)) return { target: limitValue, value: null, pass: null };
  const pass = direction === 'max' ? value <= limitValue : value >= limitValue;
  // How far from the target, on the wrong side (missedBy) or the right one (margin), and as a ratio.
  const gap = round(Math.abs(value - limitValue), 3);
  return { target: limitValue, value, pass, ...(pass ? { margin: gap } : { missedBy: gap }), ratio: round(value / limitValue, 2) };
}

function targetsFor(run: Run | undefined, p95Limit: number) {
  if (!run) return null;
  return {
    p95Ms: target(run.latencyMs.p95, p95Limit, 'max'),
    recallAt10: target(run.recall.recallAt10, 0.98, 'min'),
    speedUp: target(run.speedUp, 20, 'min'),
    weeklyBatchSeconds: target(run.weeklyBatch?.seconds, 600, 'max'),
  };
}

async function main(): Promise<number> {
  const settings = readSettings();
  const only = env.BENCH_ONLY;
  const serverUrl = env.DATABASE_URL;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, async () => {
      for (const child of children) child.kill('SIGTERM');
      if (dropOnExit) await adminQuery(dropOnExit.serverUrl, `DROP DATABASE IF EXISTS ${dropOnExit.name} WITH (FORCE)`).catch(() => {});
      process.exit(130);
    });

  const cpus = os.cpus();
  const machine = {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: { model: cpus[0]?.model ?? 'unknown', count: cpus.length },
    totalMemoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    loadAverageAtStart: os.loadavg().map((n) => round(n, 2)),
  };
  const startedAt = new Date();
  const fingerprint = dataFingerprint();
  log(`seed ${settings.seed}, ${settings.members.toLocaleString('en-US')} members, ${machine.cpus.count} × ${machine.cpus.model}, node ${machine.node}`);

  const databases: { pglite?: Run | null; postgres?: (Run & { server: string; database: string }) | null } = {};
  const errors: Record<string, string> = {};
  if (only !== 'postgres') {
    try {
      databases.pglite = await pgliteRun(settings, fingerprint);
    } catch (error) {
      errors.pglite = (error as Error).message;
      log(`pglite FAILED: ${(error as Error).message}`);
    }
  }
  if (only !== 'pglite' && serverUrl) {
    try {
      databases.postgres = await postgresRun(settings, fingerprint, serverUrl);
    } catch (error) {
      errors.postgres = (error as Error).message;
      log(`postgres FAILED: ${(error as Error).message}`);
    }
  } else if (!serverUrl) log('postgres: skipped (DATABASE_URL is not set)');

  const targets = {
    atFullSize: settings.members >= 100_000,
    pglite: targetsFor(databases.pglite ?? undefined, 250),
    postgres: targetsFor(databases.postgres ?? undefined, 100),
    allMet: false,
  };
  const checks = [targets.pglite, targets.postgres].filter((t) => t !== null).flatMap((t) => Object.values(t!));
  targets.allMet = checks.length > 0 && checks.every((c) => c.pass === true) && !Object.keys(errors).length;

  const result = {
    benchmark: 'matching',
    date: startedAt.toISOString(),
    durationSeconds: round((Date.now() - startedAt.getTime()) / 1000, 0),
    seed: settings.seed,
    members: settings.members,
    generatorVersion,
    dataFingerprint: fingerprint,
    machine: { ...machine, loadAverageAtEnd: os.loadavg().map((n) => round(n, 2)) },
    settings: { ...settings, limit },
    databases: { pglite: databases.pglite ?? null, postgres: databases.postgres ?? null },
    ...(Object.keys(errors).length ? { errors } : {}),
    targets,
  };
  const resultsDir = join(here, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = join(resultsDir, 'matching.json');
  writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(summary(result, relative(process.cwd(), resultsFile)));
  return Object.keys(errors).length ? 1 : 0;
}

function summary(result: {
  members: number; seed: number; machine: { cpus: { count: number; model: string }; node: string };
  databases: { pglite: Run | null; postgres: Run | null }; targets: { atFullSize: boolean; allMet: boolean } & Record<string, unknown>;
  errors?: Record<string, string>;
}, file: string): string {
  const mark = (t: ReturnType<typeof target>, text: string) =>
    t.pass === null ? '' : t.pass ? `[ok ${text}]` : `[MISSED ${text}: off by ${'missedBy' in t ? t.missedBy : '?'}]`;
  const lines = [
    `Matching benchmark — ${result.members.toLocaleString('en-US')} members, seed ${result.seed}, ${result.machine.cpus.count} × ${result.machine.cpus.model}, node ${result.machine.node}`,
  ];
  for (const [kind, run, p95Limit] of [['PGlite', result.databases.pglite, 250], ['PostgreSQL', result.databases.postgres, 100]] as const) {
    if (!run) {
      lines.push(`${kind}: ${result.errors?.[kind === 'PGlite' ? 'pglite' : 'postgres'] ? 'FAILED' : 'not run'}`);
      continue;
    }
    const t = targetsFor(run, p95Limit)!;
    lines.push(
      `${kind}:`,
      `  load            ${run.load.totalSeconds} s${run.load.reused ? ' (cached database reused; time of the original load)' : ''}, import ${run.load.membersPerSecond} members/s`,
      `  member pool     loaded in ${run.pool.loadSeconds} s (${run.pool.members} members, heap ${run.pool.heapUsedMb} MB)`,
      `  recommendFor    p50 ${run.latencyMs.p50} ms  p95 ${run.latencyMs.p95} ms  p99 ${run.latencyMs.p99} ms   ${mark(t.p95Ms, `p95 ≤ ${p95Limit} ms`)}`,
      `                  in-memory search alone p50 ${run.rankingOnlyMs.p50} ms p95 ${run.rankingOnlyMs.p95} ms; ${run.scoredPerRecommendation.p50} members scored (p50)`,
      `  exhaustive      p50 ${run.exhaustiveMs.p50} ms  p95 ${run.exhaustiveMs.p95} ms   speed-up ${run.speedUp}×   ${mark(t.speedUp, '≥ 20×')}`,
      `  recall@10       ${run.recall.recallAt10} over ${run.recall.members} members (${run.recall.identicalLists} identical lists)   ${mark(t.recallAt10, '≥ 0.98')}`,
      run.weeklyBatch
        ? `  weekly top 10   ${run.weeklyBatch.seconds} s for ${run.weeklyBatch.members} members, ${run.weeklyBatch.membersPerSecond} members/s, ${run.weeklyBatch.threads} threads   ${mark(t.weeklyBatchSeconds, '≤ 600 s')}`
        : '  weekly top 10   not run (BENCH_WEEKLY=off)',
      `  peak memory     RSS ${run.memory.peakRssMb} MB, heap ${run.memory.peakHeapUsedMb} MB (measuring process, weekly threads included); load ${run.load.peakRssMb} MB`,
    );
  }
  lines.push(
    `Targets ${result.targets.allMet ? 'all met' : 'NOT all met'}${result.targets.atFullSize ? '' : ' (targets are for 100,000 members; this run is smaller)'}. Results: ${file}`,
  );
  return lines.join('\n');
}

// Entry point: the orchestrating run, or one of its child tasks.
if (process.argv.includes('--child')) {
  process.once('message', async (task: LoadTask | MeasureTask) => {
    try {
      const value = task.task === 'load' ? await runLoad(task) : await runMeasure(task);
      process.send!({ ok: true, value }, () => process.exit(0));
    } catch (error) {
      process.send!({ ok: false, error: (error as Error).stack ?? String(error) }, () => process.exit(1));
    }
  });
} else {
  process.exitCode = await main();
}
