import { api } from '../api.ts';
import { applyLocale } from '../i18n.ts';
import { useSession } from '../session/useSession.ts';
import type { Locale, Me } from '../types.ts';
import { useLocale } from '../useLocale.ts';

/** Each language is named in itself, so people who cannot read the current one still find theirs. */
const NATIVE_NAMES: Record<Locale, string> = { es: 'Español', en: 'English' };

export function LanguageSwitcher() {
  const locale = useLocale();
  const { me, setMe } = useSession();
  const other: Locale = locale === 'es' ? 'en' : 'es';

  const switchLanguage = async () => {
    applyLocale(other);
    if (!me) return;
    try {
      setMe(await api.put<Me>('/api/me/settings', { locale: other }));
    } catch (error) {
      console.error(error);
    }
  };

  return (
    <button type="button" className="button button-quiet language-switcher" lang={other} onClick={() => void switchLanguage()}>
      {NATIVE_NAMES[other]}
    </button>
  );
}
