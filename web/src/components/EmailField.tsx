import { useTranslation } from 'react-i18next';
import { TextField } from './TextField.tsx';

interface EmailFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The account's email address (field `email`), as asked when signing up, logging in or recovering a password. */
export function EmailField({ value, onChange, error }: EmailFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      name="email"
      type="email"
      inputMode="email"
      label={t('auth.email')}
      value={value}
      onChange={onChange}
      required
      autoComplete="email"
      error={error}
    />
  );
}
