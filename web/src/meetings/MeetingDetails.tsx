import { useTranslation } from 'react-i18next';
import type { Meeting } from '../types.ts';
import { SlotText } from './SlotText.tsx';

/** The latest message either side left (a counter-proposal's note, a decline, a reason to move or cancel). */
function lastMessage(meeting: Meeting) {
  return meeting.history.findLast((entry) => entry.message.trim() !== '');
}

/** What, how, where and when: the facts of a meeting, with the time on both clocks. */
export function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const name = meeting.other.name || t('profile.unnamed');
  const message = lastMessage(meeting);
  return (
    <>
      <p className={`meeting-status meeting-status-${meeting.status}`}>
        {t(`meetings.status.${meeting.status}`)}
        {meeting.status === 'proposed' && ` · ${t(`meetings.turn.${meeting.turn}`, { name })}`}
      </p>
      <dl className="meeting-facts">
        <dt>{t('meetings.purpose')}</dt>
        <dd>{meeting.purpose}</dd>
        <dt>{t('meetings.format')}</dt>
        <dd>
          {t(`meetings.formats.${meeting.format}`)} · {t('meetings.minutes', { count: meeting.lengthMinutes })}
          {meeting.place && ` · ${meeting.place}`}
        </dd>
        {meeting.slot && (
          <>
            <dt>{t('meetings.when')}</dt>
            <dd>
              <SlotText slot={meeting.slot} otherName={name} />
            </dd>
          </>
        )}
        {!meeting.slot && meeting.proposedSlots.length > 0 && meeting.turn !== 'answer' && (
          <>
            <dt>{t('meetings.proposedTimes')}</dt>
            <dd>
              <ul className="slot-list">
                {meeting.proposedSlots.map((slot) => (
                  <li key={slot.start}>
                    <SlotText slot={slot} otherName={name} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {message && (
          <>
            <dt>{t(message.by === 'you' ? 'meetings.yourMessage' : 'meetings.theirMessage', { name })}</dt>
            <dd>
              <blockquote>{message.message}</blockquote>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
