import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DiscoverNextStep } from '../types.ts';

const KEYS = {
  'complete-profile': { title: 'discover.nextStep.completeProfileTitle', text: 'discover.nextStep.completeProfile', action: 'discover.nextStep.completeProfileAction' },
  'add-offers-needs': { title: 'discover.nextStep.addOffersNeedsTitle', text: 'discover.nextStep.addOffersNeeds', action: 'discover.nextStep.addOffersNeedsAction' },
} as const;

/** What to do so that Discover can find people: shown instead of, or above, a thin list. */
export function NextStep({ step, onboarded }: { step: DiscoverNextStep; onboarded: boolean }) {
  const { t } = useTranslation();
  const keys = KEYS[step];
  return (
    <div className="next-step">
      <h3>{t(keys.title)}</h3>
      <p>{t(keys.text)}</p>
      <p>
        <Link className="button" to={onboarded ? '/profile' : '/onboarding'}>
          {t(keys.action)}
        </Link>
      </p>
    </div>
  );
}
