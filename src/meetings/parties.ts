import { accountsByIds } from '../accounts/accounts.ts';
import type { DbOrTx } from '../db/database.ts';
import type { Locale } from '../i18n/locale.ts';
import { profilesOf } from '../profiles/profiles.ts';
import { availabilitiesOf } from './availability-store.ts';
import type { Party } from './calendar-events.ts';
import type { MeetingRow } from './meeting-store.ts';

/** A member of a meeting as emails need them: address, name, language and clock. */
export interface Recipient extends Party {
  locale: Locale;
  timeZone: string;
}

/** Both members of a meeting, proposer first. */
export async function partiesOf(db: DbOrTx, row: MeetingRow): Promise<{ proposer: Recipient; invitee: Recipient }> {
  const ids = [row.proposerId, row.inviteeId];
  const accounts = await accountsByIds(db, ids);
  const profiles = await profilesOf(db, ids);
  const zones = await availabilitiesOf(db, ids);
  const recipient = (id: string): Recipient => {
    const account = accounts.get(id)!;
    return { id, email: account.email, locale: account.locale, name: profiles.get(id)?.name ?? account.email, timeZone: zones.get(id)!.timeZone };
  };
  return { proposer: recipient(row.proposerId), invitee: recipient(row.inviteeId) };
}
