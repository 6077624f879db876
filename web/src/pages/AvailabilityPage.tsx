import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AvailabilityForm } from '../availability/AvailabilityForm.tsx';
import { Loading } from '../components/Loading.tsx';
import { meetingsApi } from '../meetings/meetingsApi.ts';
import { useApiData } from '../meetings/useApiData.ts';
import { usePageTitle } from '../usePageTitle.ts';

export function AvailabilityPage() {
  const { t } = useTranslation();
  const { state } = useApiData('availability', (signal) => meetingsApi.availability(signal));
  usePageTitle(t('titles.availability'));
  return (
    <div className="narrow stack">
      <h1>{t('availability.title')}</h1>
      <p className="lead">{t('availability.intro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && <AvailabilityForm initial={state.data} />}
      <p>
        <Link to="/meetings">{t('availability.toMeetings')}</Link>
      </p>
    </div>
  );
}
