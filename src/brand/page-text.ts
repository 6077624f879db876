/** Strings of the public profile page, in Spanish and English (same keys in both). */
import type { Goal } from './public-member.ts';

export type PageLocale = 'es' | 'en';

export interface PageText {
  about: string;
  offers: string;
  needs: string;
  goals: string;
  goalLabels: Record<Goal, string>;
  languages: string;
  links: string;
  website: string;
  sector: string;
  remote: string;
  downloadContact: string;
  qrAlt: string;
  qrCaption: string;
  createdWith: string;
  join: string;
  profileOf: (name: string) => string;
  notFoundTitle: string;
  notFoundBody: string;
}

const es: PageText = {
  about: 'Sobre mí',
  offers: 'Qué ofrezco',
  needs: 'Qué busco',
  goals: 'Objetivos',
  goalLabels: {
    clients: 'Clientes',
    partners: 'Socios y colaboradores',
    suppliers: 'Proveedores',
    investors: 'Inversores',
    mentors: 'Mentores',
    talent: 'Talento',
    learning: 'Aprendizaje',
  },
  languages: 'Idiomas',
  links: 'Enlaces',
  website: 'Sitio web',
  sector: 'Sector',
  remote: 'Trabaja en remoto / en todo el país',
  downloadContact: 'Descargar contacto (vCard)',
  qrAlt: 'Código QR con el enlace a este perfil',
  qrCaption: 'Escanea para abrir este perfil',
  createdWith: 'Creado con Sinergia',
  join: 'Únete a Sinergia',
  profileOf: (name) => `Perfil profesional de ${name} en Sinergia`,
  notFoundTitle: 'Perfil no encontrado',
  notFoundBody: 'Este perfil no existe o su titular ha decidido no hacerlo público. Si es miembro de tu comunidad, inicia sesión para verlo.',
};

const en: PageText = {
  about: 'About',
  offers: 'What I offer',
  needs: "What I'm looking for",
  goals: 'Goals',
  goalLabels: {
    clients: 'Clients',
    partners: 'Partners',
    suppliers: 'Suppliers',
    investors: 'Investors',
    mentors: 'Mentors',
    talent: 'Talent',
    learning: 'Learning',
  },
  languages: 'Languages',
  links: 'Links',
  website: 'Website',
  sector: 'Sector',
  remote: 'Works remotely / nationwide',
  downloadContact: 'Download contact (vCard)',
  qrAlt: 'QR code linking to this profile',
  qrCaption: 'Scan to open this profile',
  createdWith: 'Made with Sinergia',
  join: 'Join Sinergia',
  profileOf: (name) => `${name}'s professional profile on Sinergia`,
  notFoundTitle: 'Profile not found',
  notFoundBody: 'This profile does not exist or its owner has chosen not to make it public. If they are in your community, log in to see it.',
};

export const PAGE_TEXT: Record<PageLocale, PageText> = { es, en };

export function pageText(locale: PageLocale): PageText {
  return PAGE_TEXT[locale];
}

/** BCP 47 tag used for Intl: British English matches og:locale en_GB. */
const INTL_LOCALE: Record<PageLocale, string> = { es: 'es-ES', en: 'en-GB' };

/** Looks a code up with Intl.DisplayNames; unknown or malformed codes fall back to the code itself. */
function displayName(type: 'region' | 'language', code: string, locale: PageLocale): string {
  const trimmed = code.trim();
  if (trimmed === '') return '';
  try {
    const name = new Intl.DisplayNames([INTL_LOCALE[locale]], { type, fallback: 'code' }).of(trimmed);
    return name ?? trimmed;
  } catch {
    return trimmed;
  }
}

/** "ES" → "España" / "Spain". */
export function countryName(code: string, locale: PageLocale): string {
  return displayName('region', code.toUpperCase(), locale);
}

/** "en" → "Inglés" / "English" (capitalised: Spanish language names are lowercase mid-sentence). */
export function languageName(code: string, locale: PageLocale): string {
  const name = displayName('language', code.toLowerCase(), locale);
  return name.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + name.slice(1);
}
