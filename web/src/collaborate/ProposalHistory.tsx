import { useTranslation } from 'react-i18next';
import { useLocale } from '../useLocale.ts';
import { formatInstant } from './dates.ts';
import { formatMoney } from './money.ts';
import type { ProposalView } from './types.ts';

type Entry = ProposalView['history'][number];

/** One change in words: who did what, the state it moved to, and what it carried (a value, a reason, the fields changed). */
function EntryText({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = entry.by.name || t('profile.unnamed');
  const details = entry.details as { amountCents?: number; currency?: string; reason?: string; changed?: string[] };
  const parts = [t(`collaborate.history.${entry.action}`, { name, version: entry.version })];
  if (entry.fromState !== entry.toState)
    parts.push(t('collaborate.history.toState', { state: t(`collaborate.proposalStates.${entry.toState}`) }));
  if (entry.action === 'complete' && typeof details.amountCents === 'number' && details.currency)
    parts.push(t('collaborate.history.value', { value: formatMoney({ amountCents: details.amountCents, currency: details.currency }, locale) }));
  if (entry.action === 'cancel' && details.reason) parts.push(t('collaborate.history.reason', { reason: details.reason }));
  if (entry.action === 'edit' && details.changed?.length)
    parts.push(t('collaborate.history.changed', { fields: details.changed.map((field) => t(`collaborate.history.fields.${field}`)).join(', ') }));
  return <>{parts.join(' · ')}</>;
}

/** Every change, oldest first: the audit trail both sides can read. */
export function ProposalHistory({ proposal }: { proposal: ProposalView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="proposal-history-title" className="card stack">
      <h2 id="proposal-history-title">{t('collaborate.proposal.history')}</h2>
      <ol className="history-list">
        {proposal.history.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={entry.at}>{formatInstant(entry.at, locale)}</time>: <EntryText entry={entry} />
          </li>
        ))}
      </ol>
    </section>
  );
}
