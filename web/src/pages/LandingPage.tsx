import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../usePageTitle.ts';

const FEATURES = ['discover', 'meet', 'prepare', 'collaborate'] as const;

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('titles.landing'));
  return (
    <div className="landing">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('landing.title')}</h1>
        <p className="lead">{t('landing.lead')}</p>
        <div className="actions">
          <Link className="button" to="/signup">
            {t('landing.signup')}
          </Link>
          <Link className="button button-secondary" to="/login">
            {t('landing.login')}
          </Link>
        </div>
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title" className="visually-hidden">
          {t('landing.featuresTitle')}
        </h2>
        <ul className="feature-grid">
          {FEATURES.map((feature) => (
            <li className="card" key={feature}>
              <h3>{t(`landing.features.${feature}.title`)}</h3>
              <p>{t(`landing.features.${feature}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="synergy card" aria-labelledby="synergy-title">
        <h2 id="synergy-title">1 + 1 = 3</h2>
        <p>{t('landing.synergy')}</p>
      </section>
    </div>
  );
}
