import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../useLocale.ts';
import type { Bar } from '../components/BarChart.tsx';
import { formatMonth } from './dates.ts';
import { formatMoney } from './money.ts';
import type { Money } from './types.ts';

/** Headline figures: each a label over a large value. */
export function FigureGrid({ figures }: { figures: readonly { key: string; label: string; value: ReactNode; hint?: string }[] }) {
  return (
    <dl className="figure-grid">
      {figures.map((figure) => (
        <div key={figure.key} className="figure card">
          <dt>{figure.label}</dt>
          <dd className="figure-value">{figure.value}</dd>
          {figure.hint && <dd className="field-hint">{figure.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}

/** Amounts in several currencies, never added together; "none yet" when there are none. */
export function MoneyList({ amounts }: { amounts: readonly (Money & { won?: number })[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (amounts.length === 0) return <span className="figure-none">{t('collaborate.dashboard.noValue')}</span>;
  return (
    <ul className="money-list">
      {amounts.map((amount) => (
        <li key={amount.currency}>
          {formatMoney(amount, locale)}
          {amount.won !== undefined && <span className="figure-note"> {t('collaborate.dashboard.won', { count: amount.won })}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Month bars for a chart: "nov" under the bar, "noviembre de 2025" in its table. */
export function useMonthBars(): (months: readonly { month: string; value: number }[]) => Bar[] {
  const locale = useLocale();
  return (months) =>
    months.map(({ month, value }) => ({ key: month, label: formatMonth(month, locale, 'short'), longLabel: formatMonth(month, locale, 'long'), value }));
}
