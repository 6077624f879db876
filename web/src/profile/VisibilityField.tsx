import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../components/RadioGroupField.tsx';
import { VISIBILITIES } from '../data/profileChoices.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import type { ProfileFieldsProps } from './ProfileFieldsProps.ts';

export function VisibilityField({ values, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  return (
    <RadioGroupField
      name="visibility"
      legend={t('profile.visibility')}
      options={VISIBILITIES.map((visibility) => ({
        value: visibility,
        label: t(`visibility.${visibility}`),
        description: t(`visibility.${visibility}Description`),
      }))}
      value={values.visibility}
      onChange={(value) => {
        const visibility = VISIBILITIES.find((candidate) => candidate === value);
        if (visibility) onChange({ visibility });
      }}
      error={errorFor(errors, 'visibility')}
    />
  );
}
