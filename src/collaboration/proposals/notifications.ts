import { accountsByIds } from '../../accounts/accounts.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import { storeEmail } from '../../mail/mailer.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import type { Money, ProposalContent } from './model.ts';

/** The steps the other parties hear about by email. */
export type NoticeKind = 'send' | 'comment' | 'edit' | 'agreed' | 'start' | 'complete' | 'cancel';

export interface ProposalNotice {
  kind: NoticeKind;
  proposalId: string;
  actorId: string;
  /** Everyone who gets the email: the parties except the actor. */
  recipientIds: string[];
  version: number;
  content: ProposalContent;
  /** The comment or the reason for cancelling. */
  message?: string;
  outcome?: Money;
}

/** The link to a proposal in the web app. */
export const proposalLink = (publicUrl: string, proposalId: string) => `${publicUrl}/collaborate/proposals/${proposalId}`;

/** An amount in the reader's language, e.g. "1500,00 €" or "€1,500.00". */
export const formatMoney = (locale: Locale, money: Money) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(money.amountCents / 100);

/**
 * Stores, in the caller's transaction, the email about a step for each recipient, in their
 * language; returns the ids to dispatch after commit.
 */
export async function storeProposalEmails(tx: DbOrTx, publicUrl: string, notice: ProposalNotice): Promise<string[]> {
  if (!notice.recipientIds.length) return [];
  const accounts = await accountsByIds(tx, notice.recipientIds);
  const profiles = await profilesOf(tx, [notice.actorId, ...notice.recipientIds]);
  const nameOf = (id: string) => profiles.get(id)?.name ?? accounts.get(id)?.email ?? '';
  const ids: string[] = [];
  for (const recipientId of notice.recipientIds) {
    const account = accounts.get(recipientId)!;
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(account.locale, key, params);
    const actor = nameOf(notice.actorId);
    const { title } = notice.content;
    const part = notice.content.contributions.find((c) => c.userId === recipientId);
    const showsTerms = notice.kind === 'send' || notice.kind === 'edit';
    const text = [
      t('mail.greeting', { name: nameOf(recipientId) }),
      '',
      t(`mail.proposal.line.${notice.kind}`, { actor, title }),
      ...(notice.message ? [t('mail.proposal.message', { message: notice.message })] : []),
      ...(notice.outcome ? [t('mail.proposal.outcome', { value: formatMoney(account.locale, notice.outcome) })] : []),
      ...(notice.kind === 'edit' ? [t('mail.proposal.reaccept', { version: notice.version })] : []),
      '',
      t('mail.proposal.summary', { title, format: t(`proposal.format.${notice.content.format}`) }),
      ...(showsTerms && part?.gives ? [t('mail.proposal.youGive', { text: part.gives })] : []),
      ...(showsTerms && part?.gets ? [t('mail.proposal.youGet', { text: part.gets })] : []),
      '',
      t('mail.proposal.link', { link: proposalLink(publicUrl, notice.proposalId) }),
      '',
      t('mail.signature'),
    ].join('\n');
    ids.push(await storeEmail(tx, { to: account.email, subject: t(`mail.proposal.subject.${notice.kind}`, { actor, title }), text }));
  }
  return ids;
}
