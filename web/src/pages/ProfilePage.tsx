import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormSection } from '../components/FormSection.tsx';
import { MemberSummary } from '../components/MemberSummary.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { useSubmission } from '../forms/useSubmission.ts';
import { IdentityFields } from '../profile/IdentityFields.tsx';
import { OfferFields } from '../profile/OfferFields.tsx';
import { PitchFields } from '../profile/PitchFields.tsx';
import {
  ALL_PROFILE_FIELDS,
  profileFormFromMe,
  profileInput,
  validateProfile,
  withoutEmptyLinks,
  type ProfileFormValues,
} from '../profile/profileForm.ts';
import { useProfileLabels } from '../profile/useProfileLabels.ts';
import { VisibilityField } from '../profile/VisibilityField.tsx';
import { useMe, useSession } from '../session/useSession.ts';
import type { Me } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { setMe } = useSession();
  const labels = useProfileLabels();
  const { sending, errors, message, submit } = useSubmission();
  const [values, setValues] = useState<ProfileFormValues>(() => profileFormFromMe(me));
  const [status, setStatus] = useState('');
  usePageTitle(t('titles.profile'));

  const onChange = (patch: Partial<ProfileFormValues>) => {
    setStatus('');
    setValues((current) => ({ ...current, ...patch }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const normalized = withoutEmptyLinks(values);
    setValues(normalized);
    const ok = await submit(async () => {
      setMe(await api.put<Me>('/api/me/profile', profileInput(normalized, ALL_PROFILE_FIELDS)));
    }, validateProfile(normalized, ALL_PROFILE_FIELDS, t));
    if (ok) setStatus(t('profile.saved'));
  };

  const fieldProps = { values, onChange, errors };
  return (
    <div className="stack">
      <h1>{t('profile.title')}</h1>
      <p>
        <a href={`/p/${encodeURIComponent(me.profile.slug)}`}>{t('profile.publicPage')}</a>
        <span className="field-hint"> — {t(`visibility.${me.profile.visibility}Description`)}</span>
      </p>
      <div className="profile-layout">
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="form" aria-label={t('profile.editTitle')}>
          <ErrorSummary errors={errors} message={message} labels={labels} />
          <RequiredNote />
          <FormSection title={t('onboarding.steps.identity')}>
            <IdentityFields {...fieldProps} />
          </FormSection>
          <FormSection title={t('onboarding.steps.offers')}>
            <OfferFields {...fieldProps} />
          </FormSection>
          <FormSection title={t('profile.pitchSection')}>
            <PitchFields {...fieldProps} />
          </FormSection>
          <FormSection title={t('profile.visibilitySection')}>
            <VisibilityField {...fieldProps} />
          </FormSection>
          <div className="actions">
            <SubmitButton sending={sending}>{t('profile.save')}</SubmitButton>
          </div>
          <StatusMessage message={status} />
        </form>
        <aside className="profile-preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('profile.preview')}</h2>
          <MemberSummary member={values} headingLevel={3} />
        </aside>
      </div>
    </div>
  );
}
