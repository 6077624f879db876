import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { newReferralPath } from '../collaborate/links.ts';
import { ReferralList } from '../collaborate/ReferralList.tsx';
import { usePageTitle } from '../usePageTitle.ts';

/** `/collaborate/referrals`: the referrals you received (to follow up) and those you gave. */
export function ReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('collaborate.referrals.title'));
  return (
    <div className="stack">
      <h1>{t('collaborate.referrals.title')}</h1>
      <p>{t('collaborate.referrals.intro')}</p>
      <p>
        <Link className="button" to={newReferralPath()}>
          {t('collaborate.giveReferral')}
        </Link>
      </p>
      <section aria-labelledby="referrals-received" className="stack">
        <h2 id="referrals-received">{t('collaborate.referrals.received')}</h2>
        <ReferralList role="received" />
      </section>
      <section aria-labelledby="referrals-given" className="stack">
        <h2 id="referrals-given">{t('collaborate.referrals.given')}</h2>
        <ReferralList role="given" />
      </section>
      <p>
        <Link to="/collaborate">{t('collaborate.backToCollaborate')}</Link>
      </p>
    </div>
  );
}
