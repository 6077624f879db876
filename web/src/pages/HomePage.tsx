import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { profileCompleteness } from '../profile/profileCompleteness.ts';
import { useMe } from '../session/useSession.ts';
import { usePageTitle } from '../usePageTitle.ts';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('titles.home'));
  const completeness = profileCompleteness(me.profile);
  const onboarded = me.profile.onboardingCompletedAt !== null;
  return (
    <div className="stack">
      <h1>{t('home.greeting', { name: me.name })}</h1>
      <section className="card call-to-action" aria-labelledby="discover-title">
        <h2 id="discover-title">{t('home.discoverTitle')}</h2>
        <p>{t('home.discoverText')}</p>
        <p>
          <Link className="button" to="/discover">
            {t('home.discoverAction')}
          </Link>
        </p>
      </section>
      <section className="card" aria-labelledby="completeness-title">
        <h2 id="completeness-title">{t('home.profileTitle')}</h2>
        {onboarded ? (
          <>
            <p>{t('home.completeness', { percent: completeness })}</p>
            <progress max={100} value={completeness} aria-labelledby="completeness-title" />
            {completeness < 100 && (
              <p>
                <Link to="/profile">{t('home.improveProfile')}</Link>
              </p>
            )}
          </>
        ) : (
          <>
            <p>{t('home.onboardingHint')}</p>
            <p>
              <Link className="button button-secondary" to="/onboarding">
                {t('home.startOnboarding')}
              </Link>
            </p>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="next-title">
        <h2 id="next-title">{t('home.nextTitle')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/connections">{t('home.connections')}</Link>
          </li>
          <li>
            <Link to="/members">{t('home.browseMembers')}</Link>
          </li>
          <li>
            <a href={`/p/${encodeURIComponent(me.profile.slug)}`}>{t('home.publicPage')}</a>
          </li>
        </ul>
      </section>
    </div>
  );
}
