import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Avatar } from '../components/Avatar.tsx';
import { Loading } from '../components/Loading.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { AfterMeetingSection } from '../collaborate/AfterMeetingSection.tsx';
import { BriefSection } from '../meetings/BriefSection.tsx';
import { hasEnded, MeetingActions } from '../meetings/MeetingActions.tsx';
import { MeetingDetails } from '../meetings/MeetingDetails.tsx';
import { meetingsApi } from '../meetings/meetingsApi.ts';
import { NetworkOffersSection } from '../meetings/NetworkOffersSection.tsx';
import { NotesForm } from '../meetings/NotesForm.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import type { Meeting } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';
import type { MeetingsPageState } from './MeetingsPage.tsx';

/** `/meetings/:id`: the meeting, what can be done about it, the brief to prepare, private notes, and who in your network offers what they need. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const arrived = (useLocation().state as MeetingsPageState | null)?.status ?? '';
  const meeting = useApiData(id, (signal) => meetingsApi.get(id, signal));
  const brief = useApiData(id, (signal) => meetingsApi.brief(id, signal));
  const [status, setStatus] = useState(arrived);
  const current = meeting.state.status === 'ready' ? meeting.state.data : null;
  const name = current ? current.other.name || t('profile.unnamed') : '';
  const title = current ? t('meetings.page.titleWith', { name }) : t('meetings.page.title');
  usePageTitle(title);
  const over = current?.status === 'accepted' && hasEnded(current);
  const briefData = brief.state.status === 'ready' ? brief.state.data : null;

  const onChanged = (changed: Meeting) => {
    meeting.set(changed);
    setStatus(t(`meetings.changed.${changed.status}`, { name }));
  };

  return (
    <article className="stack meeting-page">
      <header className="member-header">
        {current && <Avatar name={current.other.name} photoUrl={current.other.photoUrl} size="large" />}
        <div>
          <h1>{title}</h1>
          {current?.other.headline && <p className="lead">{current.other.headline}</p>}
        </div>
      </header>
      <StatusMessage message={status} />
      {meeting.state.status === 'loading' && <Loading />}
      {meeting.state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {meeting.state.message}
        </p>
      )}
      {current && (
        <section aria-labelledby="meeting-title" className="card stack">
          <h2 id="meeting-title">{t('meetings.page.details')}</h2>
          <MeetingDetails meeting={current} />
          <MeetingActions meeting={current} onChanged={onChanged} />
        </section>
      )}
      {over && briefData && current && (
        <AfterMeetingSection meetingId={current.id} slug={current.other.slug} name={name} ideas={briefData.collaborationIdeas} />
      )}
      {briefData && current && <BriefSection brief={briefData} slug={current.other.slug} showIdeas={!over} />}
      {brief.state.status === 'error' && current && (
        <p role="alert" className="notice notice-error">
          {brief.state.message}
        </p>
      )}
      {current?.status === 'accepted' && (
        <NotesForm key={current.id} meetingId={current.id} initial={current.notes} onSaved={(notes) => meeting.set({ ...current, notes })} />
      )}
      {current?.notes?.theirNeeds.length ? <NetworkOffersSection meetingId={current.id} notes={current.notes} /> : null}
      <p>
        <Link to="/meetings">{t('meetings.backToMeetings')}</Link>
      </p>
    </article>
  );
}
