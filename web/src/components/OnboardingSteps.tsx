import { useTranslation } from 'react-i18next';

/** "Step 2 of 3" plus the list of steps, the current one marked with aria-current. */
export function OnboardingSteps({ titles, current }: { titles: readonly string[]; current: number }) {
  const { t } = useTranslation();
  return (
    <div className="steps">
      <p className="steps-counter">{t('onboarding.stepOf', { step: current + 1, total: titles.length })}</p>
      <ol className="steps-list" aria-label={t('onboarding.stepsLabel')}>
        {titles.map((title, index) => (
          <li
            key={title}
            className={index === current ? 'step step-current' : index < current ? 'step step-done' : 'step'}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>{' '}
            {title}
          </li>
        ))}
      </ol>
    </div>
  );
}
