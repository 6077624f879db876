import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../useLocale.ts';
import { formatInstant } from './dates.ts';
import type { ProposalView } from './types.ts';

/** Who is on the proposal and whether each has accepted the current version. */
export function PartiesSection({ proposal }: { proposal: ProposalView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="proposal-parties-title" className="card stack">
      <h2 id="proposal-parties-title">{t('collaborate.proposal.parties')}</h2>
      <ul className="link-list">
        {proposal.parties.map((party) => {
          const accepted = party.acceptedVersion === proposal.version && party.acceptedAt;
          return (
            <li key={party.member.slug}>
              <Link to={`/members/${encodeURIComponent(party.member.slug)}`}>{party.member.name || t('profile.unnamed')}</Link>
              {party.role === 'author' && ` · ${t('collaborate.proposal.author')}`}
              {' · '}
              <span className={accepted ? 'acceptance acceptance-done' : 'acceptance'}>
                {accepted
                  ? t('collaborate.proposal.acceptedOn', { version: proposal.version, when: formatInstant(party.acceptedAt!, locale) })
                  : t('collaborate.proposal.notAccepted', { version: proposal.version })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
