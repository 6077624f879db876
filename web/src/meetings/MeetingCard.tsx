import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MemberSummary } from '../components/MemberSummary.tsx';
import type { Meeting } from '../types.ts';
import { MeetingActions } from './MeetingActions.tsx';
import { MeetingDetails } from './MeetingDetails.tsx';
import { NotesSummary } from './NotesSummary.tsx';

/** A meeting in a list: who, the facts, the viewer's notes once it is over, what can be done, and a link to its page. */
export function MeetingCard({ meeting, onChanged }: { meeting: Meeting; onChanged: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const name = meeting.other.name || t('profile.unnamed');
  return (
    <MemberSummary member={meeting.other} to={`/members/${encodeURIComponent(meeting.other.slug)}`} headingLevel={3} showOffers={false}>
      <MeetingDetails meeting={meeting} />
      {meeting.notes && <NotesSummary notes={meeting.notes} />}
      <p>
        <Link to={`/meetings/${encodeURIComponent(meeting.id)}`} aria-label={t('meetings.openWith', { name })}>
          {t('meetings.open')}
        </Link>
      </p>
      <MeetingActions meeting={meeting} onChanged={onChanged} />
    </MemberSummary>
  );
}
