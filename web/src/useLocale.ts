import { useTranslation } from 'react-i18next';
import { isLocale } from './i18n.ts';
import type { Locale } from './types.ts';

/** The current UI language; components using it re-render when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'es';
}
