import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useSubmission, type Submission } from '../forms/useSubmission.ts';
import { useMe, useSession } from '../session/useSession.ts';
import type { Me } from '../types.ts';
import { profileFormFromMe, profileInput, validateProfile, withoutEmptyLinks, type ProfileField, type ProfileFormValues } from './profileForm.ts';

export interface ProfileForm extends Submission {
  values: ProfileFormValues;
  /** Merges changed fields into the values being edited. */
  update: (patch: Partial<ProfileFormValues>) => void;
  /**
   * Drops empty link rows, checks `fields` and sends them (plus `extra`) to PUT /api/me/profile.
   * Resolves to true when saved.
   */
  save: (fields: readonly ProfileField[], extra?: { completeOnboarding?: boolean }) => Promise<boolean>;
}

/** The signed-in member's profile as edited in a form, starting from what is saved. */
export function useProfileForm(): ProfileForm {
  const { t } = useTranslation();
  const me = useMe();
  const { setMe } = useSession();
  const submission = useSubmission();
  const [values, setValues] = useState<ProfileFormValues>(() => profileFormFromMe(me));

  const update = (patch: Partial<ProfileFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const save = (fields: readonly ProfileField[], extra = {}) => {
    const normalized = withoutEmptyLinks(values);
    setValues(normalized);
    return submission.submit(async () => {
      setMe(await api.put<Me>('/api/me/profile', { ...profileInput(normalized, fields), ...extra }));
    }, validateProfile(normalized, fields, t));
  };

  return { ...submission, values, update, save };
}
