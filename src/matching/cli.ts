import { parseArgs } from 'node:util';
import { accountsByIds, userByEmail } from '../accounts/accounts.ts';
import { fail } from '../cli/fail.ts';
import { withDatabase } from '../cli/with-database.ts';
import { recommendFor, type NextStep } from './discover/recommend.ts';
import { refreshAllMatchProfiles } from './store/refresh.ts';
import type { MatchRelation } from './ranking/types.ts';

const usage = 'Usage: sinergia recommend EMAIL [--limit N] [--json]';

/** One line of `sinergia recommend --json`: a contract, keep it stable. */
export interface RecommendationLine {
  email: string;
  name: string;
  score: number;
  relation: MatchRelation;
  reasons: string[];
}

const nextStepHints: Record<NextStep, string> = {
  'add-offers-needs': 'The member has no offers or needs yet: nothing to match on.',
  'complete-profile': 'The member has said little so far: completing the profile would improve these.',
};

/** `sinergia recommend EMAIL [--limit N] [--json]`: the member's Discover ranking, reasons in their language. */
export async function recommendCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { limit: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true });
  } catch {
    return fail(usage);
  }
  const [email, ...extra] = parsed.positionals;
  const limit = Number(parsed.values.limit ?? 10);
  if (!email || extra.length || !Number.isInteger(limit) || limit < 1 || limit > 1000) return fail(usage);
  return withDatabase(async ({ db }) => {
    const user = await userByEmail(db, email);
    if (!user) return fail(`No account with email ${email}.`);
    const { items, nextStep } = await recommendFor(db, user.id, { limit });
    const accounts = await accountsByIds(db, items.map((item) => item.userId));
    const lines: RecommendationLine[] = items.map((item) => ({
      email: accounts.get(item.userId)!.email,
      name: item.member.name,
      score: item.score,
      relation: item.relation,
      reasons: item.reasons,
    }));
    if (parsed.values.json) console.log(JSON.stringify(lines, null, 2));
    else console.log([...(lines.length ? table(lines) : [`No recommendations for ${user.email}.`]), ...(nextStep ? [nextStepHints[nextStep]] : [])].join('\n'));
    return 0;
  });
}

/** Name, relation, score and the strongest reason, in aligned columns. */
function table(lines: RecommendationLine[]): string[] {
  const rows = [['NAME', 'RELATION', 'SCORE', 'WHY'], ...lines.map((l) => [l.name, l.relation, String(l.score), l.reasons[0] ?? ''])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  '));
}

/** `sinergia matching refresh`: every member's concepts mapped again, as after a taxonomy change. */
export async function refreshMatchingCommand([action, ...rest]: string[]): Promise<number> {
  if (action !== 'refresh' || rest.length) return fail('Usage: sinergia matching refresh');
  const refreshed = await withDatabase(({ db }) => refreshAllMatchProfiles(db));
  console.log(`Refreshed ${refreshed.toLocaleString('en-US')} match profiles.`);
  return 0;
}
