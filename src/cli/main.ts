import { grantInstanceAdmin } from '../accounts/accounts.ts';
import { pitchCommand } from '../coach/pitch/cli.ts';
import { recommendCommand, refreshMatchingCommand } from '../matching/cli.ts';
import { exportCommand, importCommand } from '../members/cli.ts';
import { seedCommand } from '../seed/demo.ts';
import { fail } from './fail.ts';
import { serve } from './serve.ts';
import { withDatabase } from './with-database.ts';

const usage = `Sinergia — business networking platform

Usage: sinergia <command>

  serve                          start the web app and API (PORT, default 3000)
  migrate                        apply database migrations and exit
  admin grant EMAIL              make a member an instance administrator
  import members FILE.jsonl      add or update members from a JSON Lines file (exit 2 if lines were rejected)
  export members [FILE.jsonl]    write every member as JSON Lines (standard output without FILE)
  seed --demo                    load the demo community (idempotent)
  recommend EMAIL [--limit N] [--json]
                                 the member's Discover recommendations, best first (default 10)
  matching refresh               recompute every member's concepts (after a taxonomy change)
  pitch analyze --lang es|en [--json] [--wpm N] [--target 10|30|60] < PITCH.txt
                                 score a pitch read from standard input, with suggestions
  help                           show this help

Configuration comes from environment variables; see the README.`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: () => serve(),
  migrate: () =>
    withDatabase(async (_database, _config, applied) => {
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return 0;
    }),
  admin: async ([action, email]) => {
    if (action !== 'grant' || !email) return fail('Usage: sinergia admin grant EMAIL');
    return withDatabase(async ({ db }) => {
      if (!(await grantInstanceAdmin(db, email))) return fail(`No account with email ${email}.`);
      console.log(`${email} is now an instance administrator.`);
      return 0;
    });
  },
  import: importCommand,
  export: exportCommand,
  seed: seedCommand,
  recommend: recommendCommand,
  matching: refreshMatchingCommand,
  pitch: pitchCommand,
  help: async () => {
    console.log(usage);
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name = 'help', ...args] = argv;
  const command = commands[name === '--help' || name === '-h' ? 'help' : name];
  if (!command) return fail(`Unknown command "${name}".\n\n${usage}`);
  try {
    return await command(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}
