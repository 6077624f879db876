import { useTranslation } from 'react-i18next';
import { useLocale } from '../useLocale.ts';
import type { WeekProgress } from './planApi.ts';

interface Props {
  id: string;
  title: string;
  weeks: WeekProgress[];
  measure: 'itemsDone' | 'meetingsHeld' | 'newConnections';
}

const width = 360;
const height = 120;
const top = 18;

/**
 * One measure per week as bars. The drawing is decoration (hidden from assistive technology): the
 * same numbers are in a table read by screen readers, and the total is written out for everyone.
 */
export function BarChart({ id, title, weeks, measure }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const dateOf = (week: WeekProgress) => new Date(`${week.weekStart}T00:00:00Z`);
  const values = weeks.map((week) => week[measure]);
  const highest = Math.max(1, ...values);
  const slot = width / Math.max(1, weeks.length);
  const total = values.reduce((sum, value) => sum + value, 0);
  const [first, last] = [weeks[0], weeks.at(-1)];
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="field-hint">{t('plan.progress.total', { count: total })}</p>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="bar-chart-drawing">
        {values.map((value, index) => {
          const barHeight = ((height - top) * value) / highest;
          const x = index * slot + slot * 0.15;
          return (
            <g key={weeks[index]!.weekStart}>
              <rect className="bar-chart-bar" x={x} y={height - barHeight} width={slot * 0.7} height={barHeight} rx={2} />
              {value > 0 && (
                <text className="bar-chart-value" x={x + slot * 0.35} y={height - barHeight - 4} textAnchor="middle">
                  {value}
                </text>
              )}
            </g>
          );
        })}
        <line className="bar-chart-axis" x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} />
      </svg>
      {first && last && (
        <p className="bar-chart-range" aria-hidden="true">
          <span>{short.format(dateOf(first))}</span>
          <span>{short.format(dateOf(last))}</span>
        </p>
      )}
      {/* A table is as wide as its content whatever its width: the hidden box around it is not. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.progress.week')}</th>
              <th scope="col">{t('plan.progress.count')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{t('plan.progress.weekOf', { date: long.format(dateOf(week)) })}</th>
                <td>{week[measure]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
