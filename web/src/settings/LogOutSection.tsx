import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { FormSection } from '../components/FormSection.tsx';
import { useSession } from '../session/useSession.ts';

export function LogOutSection() {
  const { t } = useTranslation();
  const { logOut } = useSession();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onLogOut = async () => {
    setSending(true);
    setError(null);
    try {
      await logOut(); // <RequireAuth> then takes the visitor to the home page.
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure.message);
      setSending(false);
    }
  };

  return (
    <FormSection title={t('settings.sessionTitle')}>
      <p>{t('settings.logOutHint')}</p>
      <button type="button" className="button button-secondary" disabled={sending} onClick={() => void onLogOut()}>
        {t('settings.logOut')}
      </button>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </FormSection>
  );
}
