import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { useLocale } from '../useLocale.ts';
import { collaborateApi } from './collaborateApi.ts';
import { formatInstant } from './dates.ts';
import { newReferralPath, referralPath } from './links.ts';
import { formatMoney } from './money.ts';
import { ReferralStatusBadge } from './StatusBadge.tsx';
import { ShowMore, usePagedList } from './usePagedList.tsx';

/** The referrals the viewer gave or received, newest first, ten at a time. */
export function ReferralList({ role }: { role: 'given' | 'received' }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { state, data, items, list, more } = usePagedList(`referrals:${role}`, (before, signal) => collaborateApi.referrals(role, before, signal));

  return (
    <div className="stack">
      <LoadStatus state={state} />
      {data && items.length === 0 && (
        <div className="empty-state">
          <p>{t(`collaborate.referrals.none.${role}`)}</p>
          {role === 'given' && (
            <p>
              <Link to={newReferralPath()}>{t('collaborate.giveReferral')}</Link>
            </p>
          )}
        </div>
      )}
      {items.length > 0 && (
        <ul className="collab-list" ref={list}>
          {items.map((referral) => {
            const other = referral.other.name || t('profile.unnamed');
            return (
              <li key={referral.id} className="card collab-item">
                <h3>
                  <Link to={referralPath(referral.id)}>{referral.contact.name}</Link>
                </h3>
                <p className="collab-badges">
                  <ReferralStatusBadge status={referral.status} />
                  {referral.value && <span className="collab-value">{formatMoney(referral.value, locale)}</span>}
                </p>
                <p>{t(role === 'given' ? 'collaborate.referrals.givenTo' : 'collaborate.referrals.receivedFrom', { name: other })}</p>
                <p className="pitch">{referral.need}</p>
                <p className="field-hint">{t('collaborate.referrals.updated', { when: formatInstant(referral.updatedAt, locale) })}</p>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMore {...more} />
    </div>
  );
}
