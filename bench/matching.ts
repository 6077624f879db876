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
//   BENCH_LATENCY=200  BENCH_WARMUP=20  BENCH_RECALL=50  BENCH_BREAKDOWN=50   sample sizes
//                            (100/10/20/10 below 10,000 members, for quick development runs)
//   BENCH_WEEKLY=auto|full|sample   auto: a full pass if the latency says it fits in
//                            BENCH_WEEKLY_MAX_SECONDS (900; 5 below 10,000 members), otherwise a seeded
//                            sample of BENCH_WEEKLY_SAMPLE=5000 members; either stops at that time limit
//                            and extrapolates from the members done.
//   BENCH_CONCURRENCY=2      weekly batch concurrency on PostgreSQL (PGlite has one connection: 1)
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
import { openDatabase, type Database, type DatabaseLocation } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { importMembers } from '../src/members/import-members.ts';
import { formatMemberLine } from '../src/members/member-record.ts';
import { generatorVersion, mulberry32, syntheticMembers } from '../src/matching/bench/synthetic-community.ts';
import { exhaustiveRecommendFor, recommendFor } from '../src/matching/discover/recommend.ts';
import { registerMatching } from '../src/matching/register.ts';
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
  weekly: 'auto' | 'full' | 'sample';
  weeklySample: number;
  weeklyMaxSeconds: number;
  concurrency: number;
  breakdownSample: number;
}

function readSettings(): Settings {
  const weekly = env.BENCH_WEEKLY ?? 'auto';
  if (weekly !== 'auto' && weekly !== 'full' && weekly !== 'sample') throw new Error('BENCH_WEEKLY must be auto, full or sample');
  const members = int('BENCH_MEMBERS', 100_000);
  // Development runs (a few thousand members) use smaller samples and a short weekly batch, to stay quick.
  const small = members < 10_000;
  return {
    seed: int('BENCH_SEED', 20261126),
    members,
    latencySample: int('BENCH_LATENCY', small ? 100 : 200),
    warmup: int('BENCH_WARMUP', small ? 10 : 20),
    recallSample: int('BENCH_RECALL', small ? 20 : 50),
    weekly,
    weeklySample: int('BENCH_WEEKLY_SAMPLE', 5000),
    weeklyMaxSeconds: int('BENCH_WEEKLY_MAX_SECONDS', small ? 5 : 900),
    concurrency: Math.max(1, int('BENCH_CONCURRENCY', 2)),
    breakdownSample: int('BENCH_BREAKDOWN', small ? 10 : 50),
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
  for (const entry of ['src/members/import-members.ts', 'src/matching/register.ts', 'src/matching/bench/synthetic-community.ts', 'src/communities/communities.ts'])
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
  latencyMs: ReturnType<typeof stats> & { warmup: number };
  /** Items returned per recommendation (limit 10), mean; and how many of the sampled members got none. */
  itemsPerRecommendation: number;
  membersWithoutRecommendations: number;
  weeklyBatch: {
    seconds: number;
    membersPerSecond: number;
    concurrency: number;
    /** Members actually computed when the full pass was extrapolated from a sample; null for a full pass. */
    extrapolatedFrom: number | null;
    measuredSeconds: number;
    note: string;
  };
  /**
   * Peaks while serving recommendations (latency and weekly batch); overall also counts the exhaustive
   * baseline and the diagnostics, which load every member.
   */
  memory: { peakRssMb: number; peakHeapUsedMb: number; overallPeakRssMb: number; overallPeakHeapUsedMb: number };
  recall: {
    recallAt10: number;
    members: number;
    /** Members for whom the exhaustive ranking found nobody (left out of the mean). */
    skipped: number;
    /** Fast top-10 items whose score reaches the exhaustive 10th score count as found (equal-score ties). */
    recallAt10ScoreTies: number;
    worst: number;
    /** What the recall was measured against. */
    exhaustiveSource: string;
    /** Why the exhaustive top-10 members the fast path missed were missed (see bench/matching-breakdown.ts). */
    misses: Record<string, number> | null;
    /** Members matching the candidate query before the cap, over the recall sample. */
    uncappedCandidates: ReturnType<typeof stats> | null;
  };
  exhaustiveMs: ReturnType<typeof stats>;
  /** Fast path over the recall sample, measured alongside the exhaustive runs. */
  fastOnRecallSampleMs: ReturnType<typeof stats>;
  /** Exhaustive p50 / fast p50 (the 200-member latency sample). */
  speedUp: number;
  /** Median time per step of one recommendation (see bench/matching-breakdown.ts). */
  breakdown: { fast: Record<string, number>; exhaustive: Record<string, number> } | { error: string };
}

async function runMeasure({ kind, location, settings }: MeasureTask): Promise<DatabaseResult> {
  const memory = memoryWatch();
  let started = performance.now();
  const database = await openDatabase(location);
  try {
    await migrate(database);
    registerMatching();
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
    const member = (i: number) => ids[i]!;
    const sample = (stream: number, count: number) => sampleIndices(mulberry32(settings.seed ^ stream), members, count).map(member);
    log(`${kind}: opened in ${openSeconds} s, ${members.toLocaleString('en-US')} members`);

    // Latency of one member's recommendations, warm.
    for (const id of sample(0x5eed_0001, settings.warmup)) await recommendFor(db, id, { limit, now });
    const latencies: number[] = [];
    let items = 0;
    let empty = 0;
    for (const id of sample(0x5eed_0002, settings.latencySample)) {
      const t = performance.now();
      const { items: got } = await recommendFor(db, id, { limit, now });
      latencies.push(performance.now() - t);
      items += got.length;
      if (!got.length) empty++;
    }
    const latencyMs = { ...stats(latencies), warmup: settings.warmup };
    log(`${kind}: recommendFor p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms, p99 ${latencyMs.p99} ms`);

    // Everyone's weekly top 10: members in a seeded random order, all of them when the latency says the
    // pass fits in the time limit, else a sample; stopped at the time limit either way, and extrapolated.
    const concurrency = kind === 'pglite' ? 1 : settings.concurrency;
    const estimate = (members * latencyMs.mean) / 1000 / concurrency;
    const full = settings.weekly === 'full' || (settings.weekly === 'auto' && estimate <= settings.weeklyMaxSeconds);
    const order = sampleIndices(mulberry32(settings.seed ^ 0x5eed_0004), members, full ? members : Math.min(settings.weeklySample, members)).map(member);
    log(`${kind}: weekly batch: ${full ? 'full pass' : `sample of ${order.length}`} of ${members.toLocaleString('en-US')} (estimated ${round(estimate, 0)} s for all), concurrency ${concurrency}, time limit ${settings.weeklyMaxSeconds} s`);
    started = performance.now();
    const deadline = started + settings.weeklyMaxSeconds * 1000;
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < order.length && (performance.now() < deadline || settings.weekly === 'full')) {
        const id = order[next++]!;
        await recommendFor(db, id, { limit, now });
        if (++done % 1000 === 0) log(`${kind}:   weekly ${done}/${order.length} in ${seconds(started)} s`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const measuredSeconds = seconds(started);
    const complete = done === members;
    const weeklySeconds = round((measuredSeconds * members) / done, 1);
    const weeklyBatch = {
      seconds: weeklySeconds,
      membersPerSecond: round(done / measuredSeconds, 1),
      concurrency,
      extrapolatedFrom: complete ? null : done,
      measuredSeconds,
      note: complete
        ? `full pass over all ${members} members`
        : `extrapolated: ${done} seeded random members took ${measuredSeconds} s; × ${members}/${done}` +
          (done < order.length ? ` (stopped at the ${settings.weeklyMaxSeconds} s time limit)` : ''),
    };
    log(`${kind}: weekly batch ${weeklySeconds} s (${weeklyBatch.membersPerSecond} members/s)${complete ? '' : ` extrapolated from ${done}`}`);

    // The fast path's memory high-water mark, before diagnostics and exhaustive runs (which load every member) raise it.
    const fastPathMemory = memory();

    // Where the time goes (diagnostic; carries on if the mirror of discover() no longer fits).
    let breakdown: DatabaseResult['breakdown'];
    let diagnostics: typeof import('./matching-breakdown.ts') | undefined;
    try {
      diagnostics = await import('./matching-breakdown.ts');
      const d = diagnostics;
      const medianStages = async (mode: 'indexed' | 'exhaustive', viewers: string[]) => {
        const runs: import('./matching-breakdown.ts').StageTimes[] = [];
        for (const id of viewers) {
          const run = await d.timedRecommendation(db, id, mode, now, limit);
          if (run) runs.push(run);
        }
        const total = runs.map((r) => d.stages.reduce((sum, s) => sum + r.ms[s], 0));
        return {
          totalMs: round(percentile(total, 50), 2),
          ...Object.fromEntries(d.stages.map((s) => [`${s}Ms`, round(percentile(runs.map((r) => r.ms[s]), 50), 2)])),
          candidatesP50: percentile(runs.map((r) => r.candidates), 50),
          rankedP50: percentile(runs.map((r) => r.ranked), 50),
          members: runs.length,
        };
      };
      const viewers = sample(0x5eed_0002, Math.min(settings.breakdownSample, settings.latencySample));
      breakdown = {
        fast: await medianStages('indexed', viewers),
        exhaustive: await medianStages('exhaustive', viewers.slice(0, Math.min(5, viewers.length))),
      };
      log(`${kind}: breakdown fast ${JSON.stringify(breakdown.fast)}`);
      log(`${kind}: breakdown exhaustive ${JSON.stringify(breakdown.exhaustive)}`);
    } catch (error) {
      breakdown = { error: (error as Error).message };
      log(`${kind}: breakdown skipped: ${(error as Error).message}`);
    }

    // Recall@10 of the fast path against exhaustive scoring, and the exhaustive latency. Should
    // exhaustiveRecommendFor fail, the bench's own copy of the exhaustive ranking stands in (said so in the results).
    let exhaustiveError: string | undefined;
    const exhaustiveTop = async (id: string): Promise<{ ids: string[]; scores: number[] }> => {
      if (!exhaustiveError) {
        try {
          const { items } = await exhaustiveRecommendFor(db, id, { limit, now });
          return { ids: items.map((item) => item.userId), scores: items.map((item) => item.score) };
        } catch (error) {
          const { cause } = error as Error;
          exhaustiveError = (cause instanceof Error ? cause : (error as Error)).message.slice(0, 300);
          log(`${kind}: exhaustiveRecommendFor FAILED (${exhaustiveError}); using the bench's chunked copy of it instead`);
        }
      }
      if (!diagnostics) throw new Error(`exhaustiveRecommendFor failed: ${exhaustiveError}`);
      const run = await diagnostics.timedRecommendation(db, id, 'exhaustive', now, limit);
      return run ? { ids: run.ids, scores: run.scores } : { ids: [], scores: [] };
    };
    const recallViewers = sample(0x5eed_0003, settings.recallSample);
    for (const id of recallViewers.slice(0, 2)) await exhaustiveTop(id);
    const exhaustiveTimes: number[] = [];
    const fastTimes: number[] = [];
    const recalls: number[] = [];
    const tieRecalls: number[] = [];
    const uncapped: number[] = [];
    const misses: Record<string, number> = { notTargeted: 0, cutByCap: 0, inCandidates: 0 };
    let skipped = 0;
    for (const [n, id] of recallViewers.entries()) {
      let t = performance.now();
      const fast = await recommendFor(db, id, { limit, now });
      fastTimes.push(performance.now() - t);
      t = performance.now();
      const exhaustive = await exhaustiveTop(id);
      exhaustiveTimes.push(performance.now() - t);
      const expected = exhaustive.ids;
      const found = new Set(fast.items.map((item) => item.userId));
      if (diagnostics) {
        const { uncapped: count, ...why } = await diagnostics.explainMisses(db, id, expected.filter((userId) => !found.has(userId)));
        uncapped.push(count);
        for (const [reason, times] of Object.entries(why)) misses[reason] = (misses[reason] ?? 0) + times;
      }
      if (!expected.length) {
        skipped++;
        continue;
      }
      recalls.push(expected.filter((userId) => found.has(userId)).length / expected.length);
      const tenth = exhaustive.scores.at(-1)!;
      tieRecalls.push(Math.min(expected.length, fast.items.filter((item) => item.score >= tenth).length) / expected.length);
      if ((n + 1) % 10 === 0)
        log(`${kind}: recall ${n + 1}/${recallViewers.length}: ${round(mean(recalls), 3)}, exhaustive p50 so far ${round(percentile(exhaustiveTimes, 50), 0)} ms`);
    }
    const exhaustiveMs = stats(exhaustiveTimes);
    const speedUp = round(exhaustiveMs.p50 / latencyMs.p50, 1);
    const recall = {
      recallAt10: round(mean(recalls), 4),
      members: recalls.length,
      skipped,
      recallAt10ScoreTies: round(mean(tieRecalls), 4),
      worst: round(Math.min(...recalls), 2),
      exhaustiveSource: exhaustiveError
        ? `bench/matching-breakdown.ts (its visibility check chunked): exhaustiveRecommendFor failed: ${exhaustiveError}`
        : 'exhaustiveRecommendFor',
      misses: diagnostics ? misses : null,
      uncappedCandidates: diagnostics ? stats(uncapped) : null,
    };
    log(`${kind}: recall@10 ${recall.recallAt10}, exhaustive p50 ${exhaustiveMs.p50} ms, speed-up ${speedUp}×, misses ${JSON.stringify(misses)}`);


    return {
      openSeconds, members, latencyMs,
      itemsPerRecommendation: round(items / latencies.length, 2),
      membersWithoutRecommendations: empty,
      weeklyBatch,
      memory: (() => {
        const overall = memory();
        return { ...fastPathMemory, overallPeakRssMb: overall.peakRssMb, overallPeakHeapUsedMb: overall.peakHeapUsedMb };
      })(),
      recall, exhaustiveMs,
      fastOnRecallSampleMs: stats(fastTimes), speedUp, breakdown,
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
    weeklyBatchSeconds: target(run.weeklyBatch.seconds, 600, 'max'),
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
      `  recommendFor    p50 ${run.latencyMs.p50} ms  p95 ${run.latencyMs.p95} ms  p99 ${run.latencyMs.p99} ms   ${mark(t.p95Ms, `p95 ≤ ${p95Limit} ms`)}`,
      `  exhaustive      p50 ${run.exhaustiveMs.p50} ms  p95 ${run.exhaustiveMs.p95} ms   speed-up ${run.speedUp}×   ${mark(t.speedUp, '≥ 20×')}`,
      `  recall@10       ${run.recall.recallAt10} over ${run.recall.members} members (ties-tolerant ${run.recall.recallAt10ScoreTies})   ${mark(t.recallAt10, '≥ 0.98')}`,
      `  weekly top 10   ${run.weeklyBatch.seconds} s, ${run.weeklyBatch.membersPerSecond} members/s, concurrency ${run.weeklyBatch.concurrency}${run.weeklyBatch.extrapolatedFrom ? ` (extrapolated from ${run.weeklyBatch.extrapolatedFrom})` : ''}   ${mark(t.weeklyBatchSeconds, '≤ 600 s')}`,
      `  peak memory     RSS ${run.memory.peakRssMb} MB, heap ${run.memory.peakHeapUsedMb} MB serving; ${run.memory.overallPeakRssMb} MB with the exhaustive runs; load ${run.load.peakRssMb} MB`,
    );
    if ('fast' in run.breakdown) {
      const f = run.breakdown.fast;
      lines.push(`  fast path p50   candidate query ${f.candidateQueryMs} ms (${f.candidatesP50} rows), visibility ${f.visibilityMs} ms, scoring ${f.scoringMs} ms, other ${round(f.totalMs! - f.candidateQueryMs! - f.visibilityMs! - f.scoringMs!, 2)} ms`);
    }
    if (run.recall.exhaustiveSource !== 'exhaustiveRecommendFor') lines.push(`  NOTE            exhaustive baseline: ${run.recall.exhaustiveSource}`);
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
