import type { Money } from './types.ts';

/** Currencies offered in money fields, most used first; the server accepts any ISO 4217 code. */
export const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'MXN', 'COP', 'ARS', 'CLP', 'PEN'] as const;

/** The largest amount the server takes: 100,000,000.00 in any currency. */
export const maxAmountCents = 10_000_000_000;

/** An amount in the page's language: "1.500,00 €", "€1,500.00". */
export function formatMoney({ amountCents, currency }: Money, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountCents / 100);
}

/** "Euro", "US dollar": for currency options. */
export function currencyName(currency: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
}

/**
 * An amount as people type it, in hundredths: "1500", "1.500", "1,500.50", "1500,5". The last dot or
 * comma is the decimal separator when one or two digits follow it; other dots, commas and spaces
 * group thousands. Undefined for anything else (letters, a minus sign, groups not of three).
 */
export function parseAmount(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const grouped = decimal ? compact.slice(0, decimal.index) : compact;
  if (!/^\d+$/.test(grouped) && !/^\d{1,3}([.,]\d{3})+$/.test(grouped)) return undefined;
  const whole = grouped.replace(/[.,]/g, '');
  const cents = Number(whole) * 100 + (decimal ? Number(decimal[1]!.padEnd(2, '0')) : 0);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Hundredths as an editable amount: 150050 → "1500.50", 150000 → "1500". */
export const amountText = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));
