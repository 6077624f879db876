import type { Locale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/messages.ts';
import { defaultCurrency } from '../referrals/model.ts';
import type { InstanceDashboard } from './admin-dashboard.ts';
import { toCsv } from './csv.ts';

/** Hundredths as a plain decimal ("1234.50"): spreadsheets in any language read it, and nothing is lost to floating point. */
const units = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/**
 * The instance's trends as CSV: a header row in the reader's language, then one row per month,
 * oldest first, with one closed-business column per currency (never added across currencies;
 * EUR always present).
 */
export function dashboardCsv(dashboard: InstanceDashboard, locale: Locale): string {
  const currencies = [...new Set([defaultCurrency, ...dashboard.totals.closedValue.map((total) => total.currency)])].sort();
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(locale, key, params);
  const header = [
    t('csv.dashboard.month'),
    t('csv.dashboard.members'),
    t('csv.dashboard.connections'),
    t('csv.dashboard.meetingsHeld'),
    t('csv.dashboard.referralsGiven'),
    t('csv.dashboard.referralsWon'),
    ...currencies.map((currency) => t('csv.dashboard.closedValue', { currency })),
  ];
  const rows = dashboard.trends.map((month) => [
    month.month,
    month.members,
    month.connections,
    month.meetingsHeld,
    month.referralsGiven,
    month.referralsWon,
    ...currencies.map((currency) => units(month.closedValue.find((value) => value.currency === currency)?.amountCents ?? 0)),
  ]);
  return toCsv([header, ...rows]);
}
