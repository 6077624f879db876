import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { accountsInEmailOrder } from '../accounts/accounts.ts';
import { extraCommunitySlugsOf } from '../communities/communities.ts';
import type { Database } from '../db/database.ts';
import { profilesOf, type ProfileRow } from '../profiles/profiles.ts';
import { formatMemberLine, type MemberRecord } from './member-record.ts';

const pageSize = 500;

/**
 * Writes every member as JSON Lines in the import format, ordered by email, one page at a time
 * (respecting the output's backpressure). Leaves the output open; returns how many were written.
 */
export async function exportMembers(database: Database, output: Writable): Promise<number> {
  let written = 0;
  let after: string | undefined;
  for (;;) {
    const accounts = await accountsInEmailOrder(database.db, { after, limit: pageSize });
    if (!accounts.length) return written;
    const ids = accounts.map((account) => account.id);
    const [profiles, communities] = await Promise.all([profilesOf(database.db, ids), extraCommunitySlugsOf(database.db, ids)]);
    const lines = accounts.map((account) => memberLine(account, profiles.get(account.id), communities.get(account.id)!)).filter(Boolean);
    written += lines.length;
    if (!output.write(lines.join(''))) await once(output, 'drain');
    after = accounts.at(-1)!.email;
  }
}

/** An account without a profile (none exists today) has no name, so it is not a member to export. */
function memberLine(account: { email: string; locale: MemberRecord['locale'] }, profile: ProfileRow | undefined, communities: string[]) {
  if (!profile) return '';
  const { name, company, headline, sector, city, region, country, languages, offers, needs, goals, remote, pitch, website } =
    profile;
  return formatMemberLine({
    email: account.email,
    name, company, headline, sector, city, region, country, languages,
    locale: account.locale,
    offers, needs, goals: goals as MemberRecord['goals'], remote, pitch, website,
    communities,
  });
}
