import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../forms/accountValidation.ts';
import { TextField } from './TextField.tsx';

interface PasswordFieldProps {
  /**
   * `current`: the password the account has now.
   * `new`: a password being chosen; states the length rule.
   * `confirmation`: the new password typed again.
   */
  purpose: 'current' | 'new' | 'confirmation';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Field name and id; `password` unless the form has more than one password. */
  name?: string;
  /** Visible label; "Password" unless the form has more than one password. */
  label?: string;
}

/** A required password input with the autocomplete hint password managers expect. */
export function PasswordField({ purpose, value, onChange, error, name = 'password', label }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      name={name}
      type="password"
      label={label ?? t('auth.password')}
      hint={purpose === 'new' ? t('auth.passwordHint', { min: PASSWORD_MIN }) : undefined}
      value={value}
      onChange={onChange}
      required
      autoComplete={purpose === 'current' ? 'current-password' : 'new-password'}
      error={error}
    />
  );
}
