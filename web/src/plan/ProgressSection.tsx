import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading.tsx';
import type { Loaded } from '../meetings/useApiData.ts';
import { BarChart } from './BarChart.tsx';
import type { Progress } from './planApi.ts';

const measures = ['itemsDone', 'meetingsHeld', 'newConnections'] as const;

/** The last 12 weeks as three small charts, and the streak of weeks with something done. */
export function ProgressSection({ progress }: { progress: Loaded<Progress> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="progress-title" className="stack">
      <h2 id="progress-title">{t('plan.progress.title')}</h2>
      <p>{t('plan.progress.intro')}</p>
      {progress.status === 'loading' && <Loading />}
      {progress.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {progress.message}
        </p>
      )}
      {progress.status === 'ready' && (
        <>
          <p className="plan-streak">
            {progress.data.streak ? t('plan.progress.streak', { count: progress.data.streak }) : t('plan.progress.noStreak')}
          </p>
          <div className="bar-charts">
            {measures.map((measure) => (
              <BarChart key={measure} id={`chart-${measure}`} title={t(`plan.progress.charts.${measure}`)} weeks={progress.data.weeks} measure={measure} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
