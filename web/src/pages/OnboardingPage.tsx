import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { OnboardingSteps } from '../components/OnboardingSteps.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { IdentityFields } from '../profile/IdentityFields.tsx';
import { OfferFields } from '../profile/OfferFields.tsx';
import { PitchFields } from '../profile/PitchFields.tsx';
import { IDENTITY_FIELDS, OFFER_FIELDS, PITCH_FIELDS } from '../profile/profileForm.ts';
import { useProfileForm } from '../profile/useProfileForm.ts';
import { useProfileLabels } from '../profile/useProfileLabels.ts';
import { VisibilityField } from '../profile/VisibilityField.tsx';
import { usePageTitle } from '../usePageTitle.ts';

const STEPS = [
  { key: 'identity', fields: IDENTITY_FIELDS },
  { key: 'offers', fields: OFFER_FIELDS },
  { key: 'pitch', fields: PITCH_FIELDS },
] as const;

export function OnboardingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useProfileLabels();
  const { values, update: onChange, save, sending, errors, message, clear } = useProfileForm();
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await save(step.fields, isLast ? { completeOnboarding: true } : {});
    if (!ok) return;
    // The last question of onboarding is what holds the member back; that page leads on to the profile.
    if (isLast) navigate('/coach/obstacles?from=onboarding');
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
