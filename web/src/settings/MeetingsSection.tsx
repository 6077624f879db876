import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormSection } from '../components/FormSection.tsx';

/** Availability has a page of its own. */
export function MeetingsSection() {
  const { t } = useTranslation();
  return (
    <FormSection title={t('settings.meetingsTitle')}>
      <p>{t('settings.meetingsHint')}</p>
      <p>
        <Link to="/settings/availability">{t('settings.availabilityLink')}</Link>
      </p>
    </FormSection>
  );
}
