import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations } from './locales/resources.ts';
import type { Locale } from './types.ts';

const STORAGE_KEY = 'sinergia.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'es' || value === 'en';
}

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'es';
}

export function currentLocale(): Locale {
  return isLocale(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'es';
}

/** Switches the UI language and remembers it for the next visit. */
export function applyLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this page only.
  }
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: { es: { translation: translations.es }, en: { translation: translations.en } },
  lng: storedLocale() ?? browserLocale(),
  fallbackLng: 'es',
  supportedLngs: ['es', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
});

export default i18next;
