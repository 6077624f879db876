import { useTranslation } from 'react-i18next';
import { ALL_PROFILE_FIELDS } from './profileForm.ts';

/** Visible label of each profile field, for prefixing messages in the error summary. */
export function useProfileLabels(): Record<string, string> {
  const { t } = useTranslation();
  return Object.fromEntries(ALL_PROFILE_FIELDS.map((field) => [field, t(`profile.${field}`)]));
}
