import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { EmailField } from '../components/EmailField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { checkEmail } from '../forms/accountValidation.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { usePageTitle } from '../usePageTitle.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  usePageTitle(t('titles.forgotPassword'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(async () => {
      await api.post<unknown>('/api/auth/password-reset', { email: email.trim() });
    }, checkEmail('email', email, t));
    if (ok) setSent(true);
  };

  return (
    <div className="narrow stack">
      <h1>{t('forgotPassword.title')}</h1>
      <div role="status">{sent && <p className="notice">{t('forgotPassword.sent')}</p>}</div>
      {!sent && (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
            <ErrorSummary errors={errors} message={message} labels={{ email: t('auth.email') }} />
            <RequiredNote />
            <EmailField value={email} onChange={setEmail} error={errorFor(errors, 'email')} />
            <SubmitButton sending={sending}>{t('forgotPassword.submit')}</SubmitButton>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
      </p>
    </div>
  );
}
