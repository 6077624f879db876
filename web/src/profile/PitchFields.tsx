import { useTranslation } from 'react-i18next';
import { LinksField } from '../components/LinksField.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { TextField } from '../components/TextField.tsx';
import { errorFor, errorsWithin } from '../forms/fieldErrors.ts';
import { PROFILE_LIMITS } from './profileForm.ts';
import type { ProfileFieldsProps } from './ProfileFieldsProps.ts';

/** Pitch, website and links. */
export function PitchFields({ values, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        name="pitch"
        label={t('profile.pitch')}
        hint={t('profile.pitchHint')}
        value={values.pitch}
        maxLength={PROFILE_LIMITS.pitch}
        onChange={(pitch) => onChange({ pitch })}
        error={errorFor(errors, 'pitch')}
      />
      <TextField
        name="website"
        type="url"
        inputMode="url"
        label={t('profile.website')}
        hint={t('profile.websiteHint')}
        value={values.website}
        onChange={(website) => onChange({ website })}
        autoComplete="url"
        error={errorFor(errors, 'website')}
      />
      <LinksField
        links={values.links}
        onChange={(links) => onChange({ links })}
        maxLinks={PROFILE_LIMITS.links}
        errors={errorsWithin(errors, 'links')}
      />
    </>
  );
}
