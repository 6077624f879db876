import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../usePageTitle.ts';

/** The four ways the coach helps, each a card leading to its page. */
const AREAS = [
  { key: 'obstacles', to: '/coach/obstacles' },
  { key: 'pitch', to: '/coach/pitch' },
  { key: 'plan', to: '/coach/plan' },
  { key: 'course', to: '/coach/course' },
] as const;

export function CoachPage() {
  const { t } = useTranslation();
  usePageTitle(t('coach.title'));
  return (
    <div className="stack">
      <h1>{t('coach.title')}</h1>
      <p>{t('coach.intro')}</p>
      <div className="member-grid">
        {AREAS.map((area) => (
          <section key={area.key} className="card" aria-labelledby={`coach-${area.key}`}>
            <h2 id={`coach-${area.key}`}>{t(`coach.areas.${area.key}.title`)}</h2>
            <p>{t(`coach.areas.${area.key}.text`)}</p>
            <p>
              <Link className="button button-secondary" to={area.to}>
                {t(`coach.areas.${area.key}.action`)}
              </Link>
            </p>
          </section>
        ))}
      </div>
    </div>
  );
}
