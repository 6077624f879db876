import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { OnboardingSteps } from '../components/OnboardingSteps.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { useSubmission } from '../forms/useSubmission.ts';
import { IdentityFields } from '../profile/IdentityFields.tsx';
import { OfferFields } from '../profile/OfferFields.tsx';
import { PitchFields } from '../profile/PitchFields.tsx';
import {
  IDENTITY_FIELDS,
  OFFER_FIELDS,
  PITCH_FIELDS,
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

const STEPS = [
  { key: 'identity', fields: IDENTITY_FIELDS },
  { key: 'offers', fields: OFFER_FIELDS },
  { key: 'pitch', fields: PITCH_FIELDS },
] as const;

export function OnboardingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const { setMe } = useSession();
  const labels = useProfileLabels();
  const { sending, errors, message, submit, clear } = useSubmission();
  const [values, setValues] = useState<ProfileFormValues>(() => profileFormFromMe(me));
  const [stepIndex, setStepIndex] = useState(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(stepIndex);
  usePageTitle(t('titles.onboarding'));

  useEffect(() => {
    if (previousStep.current === stepIndex) return;
    previousStep.current = stepIndex;
    stepHeading.current?.focus();
  }, [stepIndex]);

  const step = STEPS[stepIndex] ?? STEPS[0];
  const isLast = stepIndex === STEPS.length - 1;
  const onChange = (patch: Partial<ProfileFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const normalized = withoutEmptyLinks(values);
    setValues(normalized);
    const ok = await submit(async () => {
      const body = { ...profileInput(normalized, step.fields), ...(isLast ? { completeOnboarding: true } : {}) };
      setMe(await api.put<Me>('/api/me/profile', body));
    }, validateProfile(normalized, step.fields, t));
    if (!ok) return;
    if (isLast) navigate('/profile');
    else setStepIndex(stepIndex + 1);
  };

  const fieldProps = { values, onChange, errors };
  return (
    <div className="narrow stack">
      <h1>{t('onboarding.title')}</h1>
      <p>{t('onboarding.intro')}</p>
      <OnboardingSteps titles={STEPS.map((candidate) => t(`onboarding.steps.${candidate.key}`))} current={stepIndex} />
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
        <h2 id="step-title" ref={stepHeading} tabIndex={-1}>
          {t(`onboarding.steps.${step.key}`)}
        </h2>
        <ErrorSummary errors={errors} message={message} labels={labels} />
        {step.key === 'identity' && (
          <>
            <RequiredNote />
            <IdentityFields {...fieldProps} />
          </>
        )}
        {step.key === 'offers' && <OfferFields {...fieldProps} />}
        {step.key === 'pitch' && (
          <>
            <PitchFields {...fieldProps} />
            <VisibilityField {...fieldProps} />
          </>
        )}
        <div className="actions">
          {stepIndex > 0 && (
            <button type="button" className="button button-secondary" onClick={() => {
                clear();
                setStepIndex(stepIndex - 1);
              }}>
              {t('onboarding.back')}
            </button>
          )}
          <SubmitButton sending={sending}>{isLast ? t('onboarding.finish') : t('onboarding.next')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
