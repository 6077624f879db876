import type { Locale } from '../types.ts';
import type { Option } from './option.ts';

interface Country {
  code: string;
  es: string;
  en: string;
}

/** EU member states, Latin America, and other countries Sinergia members commonly work with. */
const COUNTRIES: readonly Country[] = [
  { code: 'AD', es: 'Andorra', en: 'Andorra' },
  { code: 'AR', es: 'Argentina', en: 'Argentina' },
  { code: 'AT', es: 'Austria', en: 'Austria' },
  { code: 'BE', es: 'Bélgica', en: 'Belgium' },
  { code: 'BG', es: 'Bulgaria', en: 'Bulgaria' },
  { code: 'BO', es: 'Bolivia', en: 'Bolivia' },
  { code: 'BR', es: 'Brasil', en: 'Brazil' },
  { code: 'CA', es: 'Canadá', en: 'Canada' },
  { code: 'CH', es: 'Suiza', en: 'Switzerland' },
  { code: 'CL', es: 'Chile', en: 'Chile' },
  { code: 'CO', es: 'Colombia', en: 'Colombia' },
  { code: 'CR', es: 'Costa Rica', en: 'Costa Rica' },
  { code: 'CU', es: 'Cuba', en: 'Cuba' },
  { code: 'CY', es: 'Chipre', en: 'Cyprus' },
  { code: 'CZ', es: 'Chequia', en: 'Czechia' },
  { code: 'DE', es: 'Alemania', en: 'Germany' },
  { code: 'DK', es: 'Dinamarca', en: 'Denmark' },
  { code: 'DO', es: 'República Dominicana', en: 'Dominican Republic' },
  { code: 'EC', es: 'Ecuador', en: 'Ecuador' },
  { code: 'EE', es: 'Estonia', en: 'Estonia' },
  { code: 'ES', es: 'España', en: 'Spain' },
  { code: 'FI', es: 'Finlandia', en: 'Finland' },
  { code: 'FR', es: 'Francia', en: 'France' },
  { code: 'GB', es: 'Reino Unido', en: 'United Kingdom' },
  { code: 'GQ', es: 'Guinea Ecuatorial', en: 'Equatorial Guinea' },
  { code: 'GR', es: 'Grecia', en: 'Greece' },
  { code: 'GT', es: 'Guatemala', en: 'Guatemala' },
  { code: 'HN', es: 'Honduras', en: 'Honduras' },
  { code: 'HR', es: 'Croacia', en: 'Croatia' },
  { code: 'HU', es: 'Hungría', en: 'Hungary' },
  { code: 'IE', es: 'Irlanda', en: 'Ireland' },
  { code: 'IT', es: 'Italia', en: 'Italy' },
  { code: 'LT', es: 'Lituania', en: 'Lithuania' },
  { code: 'LU', es: 'Luxemburgo', en: 'Luxembourg' },
  { code: 'LV', es: 'Letonia', en: 'Latvia' },
  { code: 'MA', es: 'Marruecos', en: 'Morocco' },
  { code: 'MT', es: 'Malta', en: 'Malta' },
  { code: 'MX', es: 'México', en: 'Mexico' },
  { code: 'NI', es: 'Nicaragua', en: 'Nicaragua' },
  { code: 'NL', es: 'Países Bajos', en: 'Netherlands' },
  { code: 'NO', es: 'Noruega', en: 'Norway' },
  { code: 'PA', es: 'Panamá', en: 'Panama' },
  { code: 'PE', es: 'Perú', en: 'Peru' },
  { code: 'PL', es: 'Polonia', en: 'Poland' },
  { code: 'PR', es: 'Puerto Rico', en: 'Puerto Rico' },
  { code: 'PT', es: 'Portugal', en: 'Portugal' },
  { code: 'PY', es: 'Paraguay', en: 'Paraguay' },
  { code: 'RO', es: 'Rumanía', en: 'Romania' },
  { code: 'SE', es: 'Suecia', en: 'Sweden' },
  { code: 'SI', es: 'Eslovenia', en: 'Slovenia' },
  { code: 'SK', es: 'Eslovaquia', en: 'Slovakia' },
  { code: 'SV', es: 'El Salvador', en: 'El Salvador' },
  { code: 'US', es: 'Estados Unidos', en: 'United States' },
  { code: 'UY', es: 'Uruguay', en: 'Uruguay' },
  { code: 'VE', es: 'Venezuela', en: 'Venezuela' },
];

export function countryOptions(locale: Locale): Option[] {
  return COUNTRIES.map((country) => ({ value: country.code, label: country[locale] })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}

export function countryName(code: string, locale: Locale): string {
  return COUNTRIES.find((country) => country.code === code)?.[locale] ?? code;
}
