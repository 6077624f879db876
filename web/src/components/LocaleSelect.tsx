import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n.ts';
import type { Locale } from '../types.ts';
import { SelectField } from './SelectField.tsx';

interface LocaleSelectProps {
  value: Locale;
  onChange: (locale: Locale) => void;
  error?: string;
}

/** The account's language (field `locale`). */
export function LocaleSelect({ value, onChange, error }: LocaleSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="locale"
      label={t('settings.locale')}
      value={value}
      options={[
        { value: 'es', label: t('languages.es') },
        { value: 'en', label: t('languages.en') },
      ]}
      onChange={(selected) => {
        if (isLocale(selected)) onChange(selected);
      }}
      required
      error={error}
    />
  );
}
