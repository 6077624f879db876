import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { checkNewPassword } from '../forms/accountValidation.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { usePageTitle } from '../usePageTitle.ts';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { sending, errors, message, submit } = useSubmission();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  usePageTitle(t('titles.resetPassword'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: FieldError[] = checkNewPassword('password', password, t);
    if (confirmation !== password) clientErrors.push({ field: 'passwordConfirmation', message: t('validation.passwordsDiffer') });
    const ok = await submit(async () => {
      await api.post<void>('/api/auth/password-reset/confirm', { token, password });
    }, clientErrors);
    if (ok) setDone(true);
  };

  return (
    <div className="narrow stack">
      <h1>{t('resetPassword.title')}</h1>
      <div role="status">
        {done && (
          <p className="notice">
            {t('resetPassword.done')} <Link to="/login">{t('resetPassword.toLogin')}</Link>
          </p>
        )}
      </div>
      {!token && (
        <p className="notice notice-error">
          {t('resetPassword.missingToken')} <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
        </p>
      )}
      {token && !done && (
        <>
          <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
            <ErrorSummary
              errors={errors}
              message={message}
              labels={{ password: t('resetPassword.password'), passwordConfirmation: t('resetPassword.confirmation') }}
            />
            <RequiredNote />
            <PasswordField
              purpose="new"
              label={t('resetPassword.password')}
              value={password}
              onChange={setPassword}
              error={errorFor(errors, 'password')}
            />
            <PasswordField
              purpose="confirmation"
              name="passwordConfirmation"
              label={t('resetPassword.confirmation')}
              value={confirmation}
              onChange={setConfirmation}
              error={errorFor(errors, 'passwordConfirmation')}
            />
            <SubmitButton sending={sending}>{t('resetPassword.submit')}</SubmitButton>
          </form>
          <p>
            {t('resetPassword.expiredHint')} <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
