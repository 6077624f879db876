import { accountsByIds } from '../../accounts/accounts.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import { storeEmail } from '../../mail/mailer.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import type { Money } from './model.ts';
import type { ReferralChange, ReferralRow } from './store.ts';

interface Recipient {
  email: string;
  locale: Locale;
  name: string;
}

/** The link to a referral in the web app. */
export const referralLink = (publicUrl: string, referralId: string) => `${publicUrl}/collaborate/referrals/${referralId}`;

export const formatMoney = (money: Money, locale: Locale) =>
  new Intl.NumberFormat(locale === 'es' ? 'es-ES' : 'en-GB', { style: 'currency', currency: money.currency }).format(money.amountCents / 100);

async function partiesOf(db: DbOrTx, row: ReferralRow): Promise<{ giver: Recipient; receiver: Recipient }> {
  const ids = [row.giverId, row.receiverId];
  const [accounts, profiles] = await Promise.all([accountsByIds(db, ids), profilesOf(db, ids)]);
  const recipient = (id: string): Recipient => {
    const account = accounts.get(id)!;
    return { email: account.email, locale: account.locale, name: profiles.get(id)?.name ?? account.email };
  };
  return { giver: recipient(row.giverId), receiver: recipient(row.receiverId) };
}

/**
 * Stores, in the caller's transaction, the email about a change for the party who did not make
 * it, in their language: a new or withdrawn referral goes to the receiver (with the third party's
 * details: they are its receiver's to see), every move of the receiver's to the giver, a won one
 * as "thank you for closed business". Returns the id to dispatch after commit.
 */
export async function storeChangeEmail(tx: DbOrTx, publicUrl: string, row: ReferralRow, change: ReferralChange): Promise<string> {
  const { giver, receiver } = await partiesOf(tx, row);
  const toReceiver = change.to === 'new' || change.to === 'withdrawn';
  const to = toReceiver ? receiver : giver;
  const t = (key: MessageKey, params: Record<string, string> = {}) =>
    translate(to.locale, key, { giver: giver.name, receiver: receiver.name, contact: row.contactName, ...params });
  const value = change.value ? formatMoney(change.value, to.locale) : '';
  const status = t(`referral.status.${change.to}`);
  const [subject, lines] = ((): [string, string[]] => {
    switch (change.to) {
      case 'new':
        return [
          t('mail.referral.given.subject'),
          [
            t('mail.referral.given.line'),
            '',
            ...(row.contactCompany ? [t('mail.referral.company', { company: row.contactCompany })] : []),
            ...(row.contactEmail ? [t('mail.referral.email', { email: row.contactEmail })] : []),
            ...(row.contactPhone ? [t('mail.referral.phone', { phone: row.contactPhone })] : []),
            t('mail.referral.need', { need: row.need }),
            t('mail.referral.warmth', { warmth: t(`referral.warmth.${row.warmth}`) }),
          ],
        ];
      case 'withdrawn':
        return [t('mail.referral.withdrawn.subject'), [t('mail.referral.withdrawn.line')]];
      case 'won':
        return [t('mail.referral.won.subject', { value }), [t('mail.referral.won.line', { value })]];
      default:
        return [t('mail.referral.status.subject', { status }), [t('mail.referral.status.line', { status })]];
    }
  })();
  const text = [
    t('mail.greeting', { name: to.name }),
    '',
    ...lines,
    ...(change.note ? [t('mail.referral.note', { note: change.note })] : []),
    '',
    t('mail.referral.link', { link: referralLink(publicUrl, row.id) }),
    '',
    t('mail.signature'),
  ].join('\n');
  return storeEmail(tx, { to: to.email, subject, text });
}
