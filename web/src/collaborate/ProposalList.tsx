import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { useMe } from '../session/useSession.ts';
import { useLocale } from '../useLocale.ts';
import { collaborateApi } from './collaborateApi.ts';
import { formatInstant } from './dates.ts';
import { proposalPath } from './links.ts';
import { AwaitsYouBadge, ProposalStateBadge } from './StatusBadge.tsx';
import { proposalStates, type ProposalState } from './types.ts';
import { ShowMore, usePagedList } from './usePagedList.tsx';

/** The proposals the viewer is on, newest change first: filtered by state, ten at a time. */
export function ProposalList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMe();
  const [filter, setFilter] = useState<ProposalState | ''>('');
  const { state, data, items, list, more } = usePagedList(`proposals:${filter}`, (before, signal) =>
    collaborateApi.proposals({ state: filter || undefined, before }, signal),
  );

  const options = [{ value: '', label: t('collaborate.proposals.allStates') }, ...proposalStates.map((state) => ({ value: state, label: t(`collaborate.proposalStates.${state}`) }))];
  return (
    <div className="stack">
      <div className="filters">
        <SelectField
          name="proposal-state"
          label={t('collaborate.proposals.filter')}
          value={filter}
          options={options}
          onChange={(value) => setFilter(proposalStates.find((state) => state === value) ?? '')}
        />
      </div>
      <LoadStatus state={state} />
      <p className="results-count" role="status">
        {data ? t('collaborate.proposals.shown', { count: items.length }) : ''}
      </p>
      {data && items.length === 0 && (
        <div className="empty-state">
          <p>{filter ? t('collaborate.proposals.noneInState') : t('collaborate.proposals.none')}</p>
          {!filter && (
            <p>
              <Link to="/meetings">{t('collaborate.proposals.fromMeetings')}</Link> · <Link to="/members">{t('collaborate.proposals.fromMembers')}</Link>
            </p>
          )}
        </div>
      )}
      {items.length > 0 && (
        <ul className="collab-list" ref={list}>
          {items.map((proposal) => (
            <li key={proposal.id} className="card collab-item">
              <h3>
                <Link to={proposalPath(proposal.id)}>{proposal.title}</Link>
              </h3>
              <p className="collab-badges">
                <ProposalStateBadge state={proposal.state} />
                {proposal.awaitsYou && <AwaitsYouBadge />}
              </p>
              <p>
                {t(`collaborate.formats.${proposal.format}`)} ·{' '}
                {t('collaborate.proposals.with', { names: proposal.parties
                    .filter((party) => party.slug !== me.profile.slug)
                    .map((party) => party.name || t('profile.unnamed'))
                    .join(', ') })}
              </p>
              <p className="field-hint">{t('collaborate.proposals.updated', { when: formatInstant(proposal.updatedAt, locale) })}</p>
            </li>
          ))}
        </ul>
      )}
      <ShowMore {...more} />
    </div>
  );
}
