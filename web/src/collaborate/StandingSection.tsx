import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../session/useSession.ts';
import { useLocale } from '../useLocale.ts';
import { formatMoney } from './money.ts';
import { ProposalStateBadge } from './StatusBadge.tsx';
import type { ProposalView } from './types.ts';

/** Where the proposal stands, in one sentence: whose move it is, or how it ended. */
function standing(proposal: ProposalView, viewerSlug: string, t: ReturnType<typeof useTranslation>['t'], locale: string): string {
  const { state, version } = proposal;
  const pending = proposal.parties.filter((party) => party.acceptedVersion !== version);
  const names = (parties: typeof pending) => parties.map((party) => party.member.name || t('profile.unnamed')).join(', ');
  switch (state) {
    case 'draft':
      return t('collaborate.standing.draft');
    case 'sent':
    case 'discussing':
      return pending.some((party) => party.member.slug === viewerSlug)
        ? t('collaborate.standing.yourTurn', { version })
        : t('collaborate.standing.waiting', { version, names: names(pending) });
    case 'agreed':
      return t('collaborate.standing.agreed', { version });
    case 'active':
      return t('collaborate.standing.active');
    case 'completed':
      return proposal.outcome
        ? t('collaborate.standing.completed', { value: formatMoney(proposal.outcome, locale) }) + (proposal.outcome.note ? ` ${t('collaborate.standing.note', { note: proposal.outcome.note })}` : '')
        : t('collaborate.standing.completedNoValue');
    case 'cancelled':
      return t('collaborate.standing.cancelled', { reason: proposal.cancelReason ?? '' });
  }
}

/** The state as a badge and a sentence, with what can be done now; its heading takes focus after each action. */
export function StandingSection({ proposal, children }: { proposal: ProposalView; children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMe();
  return (
    <section aria-labelledby="proposal-standing-title" className="card stack">
      <h2 id="proposal-standing-title" tabIndex={-1}>
        {t('collaborate.standing.title')}
      </h2>
      <p>
        <span className="visually-hidden">{t('collaborate.standing.stateLabel')} </span>
        <ProposalStateBadge state={proposal.state} />
      </p>
      <p>{standing(proposal, me.profile.slug, t, locale)}</p>
      {children}
    </section>
  );
}
