import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { newProposalPath, newReferralPath } from '../collaborate/links.ts';
import { ProposalList } from '../collaborate/ProposalList.tsx';
import { useMe } from '../session/useSession.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** `/collaborate`: where conversations become business — proposals, referrals and the value they create. */
export function CollaboratePage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('collaborate.title'));
  const areas = [
    { key: 'propose', to: newProposalPath() },
    { key: 'refer', to: newReferralPath() },
    { key: 'referrals', to: '/collaborate/referrals' },
    { key: 'dashboard', to: '/collaborate/dashboard' },
    ...(me.isInstanceAdmin ? [{ key: 'admin', to: '/collaborate/admin' }] : []),
  ];
  return (
    <div className="stack">
      <h1>{t('collaborate.title')}</h1>
      <p>{t('collaborate.intro')}</p>
      <ul className="collab-areas">
        {areas.map((area) => (
          <li key={area.key}>
            <Link className="button button-secondary" to={area.to}>
              {t(`collaborate.areas.${area.key}`)}
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="proposals-title" className="stack">
        <h2 id="proposals-title">{t('collaborate.proposals.title')}</h2>
        <ProposalList />
      </section>
    </div>
  );
}
