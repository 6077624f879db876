import { useTranslation } from 'react-i18next';
import { BarChart, type Bar } from '../components/BarChart.tsx';
import { LoadStatus } from '../components/LoadStatus.tsx';
import type { Loaded } from '../meetings/useApiData.ts';
import { useLocale } from '../useLocale.ts';
import type { Progress, WeekProgress } from './planApi.ts';

const measures = ['itemsDone', 'meetingsHeld', 'newConnections'] as const;
type Measure = (typeof measures)[number];

/** The last 12 weeks as three small charts, and the streak of weeks with something done. */
export function ProgressSection({ progress }: { progress: Loaded<Progress> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  // Twelve date labels would crowd the axis: only the first and last week are named under the bars.
  const barsOf = (weeks: readonly WeekProgress[], measure: Measure): Bar[] =>
    weeks.map((week, index) => {
      const date = new Date(`${week.weekStart}T00:00:00Z`);
      const ends = index === 0 || index === weeks.length - 1;
      return {
        key: week.weekStart,
        label: ends ? short.format(date) : '',
        longLabel: t('plan.progress.weekOf', { date: long.format(date) }),
        value: week[measure],
      };
    });
  return (
    <section aria-labelledby="progress-title" className="stack">
      <h2 id="progress-title">{t('plan.progress.title')}</h2>
      <p>{t('plan.progress.intro')}</p>
      <LoadStatus state={progress} />
      {progress.status === 'ready' && (
        <>
          <p className="plan-streak">
            {progress.data.streak ? t('plan.progress.streak', { count: progress.data.streak }) : t('plan.progress.noStreak')}
          </p>
          <div className="bar-charts">
            {measures.map((measure) => (
              <BarChart
                key={measure}
                id={`chart-${measure}`}
                title={t(`plan.progress.charts.${measure}`)}
                summary={t('plan.progress.total', { count: progress.data.weeks.reduce((sum, week) => sum + week[measure], 0) })}
                category={t('plan.progress.week')}
                valueHeader={t('plan.progress.count')}
                bars={barsOf(progress.data.weeks, measure)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
