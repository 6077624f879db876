import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import { EmailField } from '../components/EmailField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { LocaleSelect } from '../components/LocaleSelect.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextField } from '../components/TextField.tsx';
import { checkEmail, checkName, checkNewPassword } from '../forms/accountValidation.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { useSession } from '../session/useSession.ts';
import type { Locale, Me } from '../types.ts';
import { useLocale } from '../useLocale.ts';
import { usePageTitle } from '../usePageTitle.ts';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Madrid';
}

export function SignupPage() {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const { sending, errors, message, submit } = useSubmission();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Locale>(uiLocale);
  usePageTitle(t('titles.signup'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = [...checkName('name', name, t), ...checkEmail('email', email, t), ...checkNewPassword('password', password, t)];
    const ok = await submit(async () => {
      const body = { name: name.trim(), email: email.trim(), password, locale, timeZone: browserTimeZone() };
      const { user } = await api.post<{ user: Me }>('/api/auth/signup', body);
      setMe(user);
    }, clientErrors);
    if (ok) navigate('/onboarding');
  };

  return (
    <div className="narrow stack">
      <h1>{t('signup.title')}</h1>
      <p>{t('signup.intro')}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
        <ErrorSummary
          errors={errors}
          message={message}
          labels={{ name: t('signup.name'), email: t('auth.email'), password: t('auth.password'), locale: t('settings.locale') }}
        />
        <RequiredNote />
        <TextField name="name" label={t('signup.name')} value={name} onChange={setName} required autoComplete="name" error={errorFor(errors, 'name')} />
        <EmailField value={email} onChange={setEmail} error={errorFor(errors, 'email')} />
        <PasswordField purpose="new" value={password} onChange={setPassword} error={errorFor(errors, 'password')} />
        <LocaleSelect value={locale} onChange={setLocale} error={errorFor(errors, 'locale')} />
        <SubmitButton sending={sending}>{t('signup.submit')}</SubmitButton>
      </form>
      <p>
        {t('signup.haveAccount')} <Link to="/login">{t('signup.toLogin')}</Link>
      </p>
    </div>
  );
}
