import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../components/CheckboxGroupField.tsx';
import { PhotoField } from '../components/PhotoField.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { TextField } from '../components/TextField.tsx';
import { countryOptions } from '../data/countries.ts';
import { languageOptions } from '../data/languages.ts';
import { errorFor, errorWithin } from '../forms/fieldErrors.ts';
import { useLocale } from '../useLocale.ts';
import type { ProfileFieldsProps } from './ProfileFieldsProps.ts';

/** Who I am: name, headline, company, place, languages and photo. */
export function IdentityFields({ values, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = (field: 'headline' | 'company' | 'sector' | 'city' | 'region', hint?: string) => (
    <TextField
      name={field}
      label={t(`profile.${field}`)}
      hint={hint}
      value={values[field]}
      onChange={(value) => onChange({ [field]: value })}
      error={errorFor(errors, field)}
    />
  );
  return (
    <>
      <TextField
        name="name"
        label={t('profile.name')}
        value={values.name}
        onChange={(name) => onChange({ name })}
        required
        autoComplete="name"
        error={errorFor(errors, 'name')}
      />
      {text('headline', t('profile.headlineHint'))}
      {text('company')}
      {text('sector', t('profile.sectorHint'))}
      {text('city')}
      {text('region')}
      <SelectField
        name="country"
        label={t('profile.country')}
        value={values.country}
        options={countryOptions(locale)}
        emptyLabel={t('profile.countryNone')}
        onChange={(country) => onChange({ country })}
        error={errorFor(errors, 'country')}
      />
      <CheckboxGroupField
        name="languages"
        legend={t('profile.languages')}
        options={languageOptions(locale)}
        values={values.languages}
        onChange={(languages) => onChange({ languages })}
        error={errorWithin(errors, 'languages')}
      />
      <PhotoField
        name={values.name}
        photoUrl={values.photoUrl}
        onChange={(photoUrl) => onChange({ photoUrl })}
        error={errorFor(errors, 'photoUrl')}
      />
    </>
  );
}
