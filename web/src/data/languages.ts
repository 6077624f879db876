import type { Locale } from '../types.ts';
import type { Option } from './option.ts';

interface Language {
  code: string;
  es: string;
  en: string;
}

/** ISO 639-1 languages offered in profiles and directory filters. */
const LANGUAGES: readonly Language[] = [
  { code: 'es', es: 'Español', en: 'Spanish' },
  { code: 'en', es: 'Inglés', en: 'English' },
  { code: 'ca', es: 'Catalán', en: 'Catalan' },
  { code: 'eu', es: 'Euskera', en: 'Basque' },
  { code: 'gl', es: 'Gallego', en: 'Galician' },
  { code: 'pt', es: 'Portugués', en: 'Portuguese' },
  { code: 'fr', es: 'Francés', en: 'French' },
  { code: 'de', es: 'Alemán', en: 'German' },
  { code: 'it', es: 'Italiano', en: 'Italian' },
  { code: 'nl', es: 'Neerlandés', en: 'Dutch' },
  { code: 'pl', es: 'Polaco', en: 'Polish' },
  { code: 'ro', es: 'Rumano', en: 'Romanian' },
  { code: 'ar', es: 'Árabe', en: 'Arabic' },
  { code: 'zh', es: 'Chino', en: 'Chinese' },
];

export function languageOptions(locale: Locale): Option[] {
  return LANGUAGES.map((language) => ({ value: language.code, label: language[locale] }));
}

export function languageName(code: string, locale: Locale): string {
  return LANGUAGES.find((language) => language.code === code)?.[locale] ?? code;
}
