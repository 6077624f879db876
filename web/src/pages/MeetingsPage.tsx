import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Loading } from '../components/Loading.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { MeetingList } from '../meetings/MeetingList.tsx';
import { meetingsApi } from '../meetings/meetingsApi.ts';
import { PastMeetings } from '../meetings/PastMeetings.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { WeekCalendar } from '../meetings/WeekCalendar.tsx';
import type { Meeting } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

type View = 'list' | 'week';

/** What a link to a meetings page may carry: a message to announce (e.g. "Proposal sent"). */
export interface MeetingsPageState {
  status?: string;
}

/** `/meetings`: requests to answer, what is coming (as a list or week by week), and past meetings with notes, a page at a time. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const arrived = (useLocation().state as MeetingsPageState | null)?.status ?? '';
  const { state, reload } = useApiData('meetings', (signal) => meetingsApi.list(signal));
  const [view, setView] = useState<View>('list');
  const [status, setStatus] = useState(arrived);
  usePageTitle(t('titles.meetings'));

  const onChanged = (meeting: Meeting) => {
    setStatus(t(`meetings.changed.${meeting.status}`, { name: meeting.other.name || t('profile.unnamed') }));
    reload();
  };

  const sections = state.status === 'ready' ? state.data : null;
  return (
    <div className="stack meetings-page">
      <h1>{t('meetings.title')}</h1>
      <p className="lead">{t('meetings.intro')}</p>
      <StatusMessage message={status} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {state.message}
        </p>
      )}
      {sections && (
        <>
          <section aria-labelledby="requests-title" className="stack">
            <h2 id="requests-title">{t('meetings.requestsTitle', { count: sections.requests.length })}</h2>
            <MeetingList meetings={sections.requests} empty={t('meetings.requestsEmpty')} onChanged={onChanged} />
          </section>
          <section aria-labelledby="upcoming-title" className="stack">
            <h2 id="upcoming-title">{t('meetings.upcomingTitle', { count: sections.upcoming.length })}</h2>
            <div className="view-switch" role="group" aria-label={t('meetings.view.label')}>
              {(['list', 'week'] as const).map((choice) => (
                <button key={choice} type="button" className="button button-secondary" aria-pressed={view === choice} onClick={() => setView(choice)}>
                  {t(`meetings.view.${choice}`)}
                </button>
              ))}
            </div>
            {view === 'list' ? (
              <MeetingList meetings={sections.upcoming} empty={t('meetings.upcomingEmpty')} onChanged={onChanged} />
            ) : (
              <WeekCalendar meetings={sections.upcoming} />
            )}
          </section>
          <section aria-labelledby="past-title" className="stack">
            <h2 id="past-title">{t('meetings.pastTitle')}</h2>
            <PastMeetings first={sections.past} next={sections.pastNext} onChanged={onChanged} />
          </section>
        </>
      )}
    </div>
  );
}
