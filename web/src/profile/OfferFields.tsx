import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { CheckboxGroupField } from '../components/CheckboxGroupField.tsx';
import { ChipListField } from '../components/ChipListField.tsx';
import { GOALS, isGoal } from '../data/profileChoices.ts';
import { errorFor, errorWithin, errorsWithin } from '../forms/fieldErrors.ts';
import { PROFILE_LIMITS } from './profileForm.ts';
import type { ProfileFieldsProps } from './ProfileFieldsProps.ts';

/** What I offer, what I need, what I am looking for. */
export function OfferFields({ values, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const list = (field: 'offers' | 'needs') => (
    <ChipListField
      name={field}
      label={t(`profile.${field}`)}
      hint={t(`profile.${field}Hint`)}
      addLabel={t(field === 'offers' ? 'profile.addOffer' : 'profile.addNeed')}
      items={values[field]}
      onChange={(items) => onChange({ [field]: items })}
      maxItems={PROFILE_LIMITS.listItems}
      maxLength={PROFILE_LIMITS.listItemLength}
      errors={errorsWithin(errors, field)}
    />
  );
  return (
    <>
      {list('offers')}
      {list('needs')}
      <CheckboxGroupField
        name="goals"
        legend={t('profile.goals')}
        hint={t('profile.goalsHint')}
        options={GOALS.map((goal) => ({ value: goal, label: t(`goals.${goal}`) }))}
        values={values.goals}
        onChange={(goals) => onChange({ goals: goals.filter(isGoal) })}
        error={errorWithin(errors, 'goals')}
      />
      <CheckboxField
        name="remote"
        label={t('profile.remote')}
        hint={t('profile.remoteHint')}
        checked={values.remote}
        onChange={(remote) => onChange({ remote })}
        error={errorFor(errors, 'remote')}
      />
    </>
  );
}
