import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { EmailField } from '../components/EmailField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { checkEmail, checkPresent } from '../forms/accountValidation.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { useSession } from '../session/useSession.ts';
import type { Me } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** Only same-site paths, so `?next=` cannot send people to another website. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { setMe } = useSession();
  const { sending, errors, message, submit } = useSubmission();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle(t('titles.login'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = [...checkEmail('email', email, t), ...checkPresent('password', password, t)];
    const ok = await submit(async () => {
      const { user } = await api.post<{ user: Me }>('/api/auth/login', { email: email.trim(), password });
      setMe(user);
    }, clientErrors);
    if (ok) navigate(safeNext(searchParams.get('next')), { replace: true });
  };

  return (
    <div className="narrow stack">
      <h1>{t('login.title')}</h1>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
        <ErrorSummary errors={errors} message={message} labels={{ email: t('auth.email'), password: t('auth.password') }} />
        <RequiredNote />
        <EmailField value={email} onChange={setEmail} error={errorFor(errors, 'email')} />
        <PasswordField purpose="current" value={password} onChange={setPassword} error={errorFor(errors, 'password')} />
        <SubmitButton sending={sending}>{t('login.submit')}</SubmitButton>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </li>
        <li>
          {t('login.noAccount')} <Link to="/signup">{t('login.toSignup')}</Link>
        </li>
      </ul>
    </div>
  );
}
