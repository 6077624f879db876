import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormSection } from '../components/FormSection.tsx';
import { MemberSummary } from '../components/MemberSummary.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { IdentityFields } from '../profile/IdentityFields.tsx';
import { OfferFields } from '../profile/OfferFields.tsx';
import { PitchFields } from '../profile/PitchFields.tsx';
import { ALL_PROFILE_FIELDS, type ProfileFormValues } from '../profile/profileForm.ts';
import { useProfileForm } from '../profile/useProfileForm.ts';
import { useProfileLabels } from '../profile/useProfileLabels.ts';
import { VisibilityField } from '../profile/VisibilityField.tsx';
import { useMe } from '../session/useSession.ts';
import { usePageTitle } from '../usePageTitle.ts';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useProfileLabels();
  const { values, update, save, sending, errors, message } = useProfileForm();
  const [status, setStatus] = useState('');
  usePageTitle(t('titles.profile'));

  const onChange = (patch: Partial<ProfileFormValues>) => {
    setStatus('');
    update(patch);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const ok = await save(ALL_PROFILE_FIELDS);
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
