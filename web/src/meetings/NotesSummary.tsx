import { useTranslation } from 'react-i18next';
import type { MeetingNotes } from '../types.ts';

/** The viewer's private notes in short: the next step and its date, and what the other needs. */
export function NotesSummary({ notes }: { notes: MeetingNotes }) {
  const { t } = useTranslation();
  if (!notes.nextStep && notes.theirNeeds.length === 0 && !notes.notes) return null;
  return (
    <div className="notes-summary">
      {notes.nextStep && (
        <p className="next-step-line">
          <strong>{t('meetings.notes.nextStep')}:</strong> {notes.nextStep}
          {notes.nextStepAt && ` (${notes.nextStepAt})`}
        </p>
      )}
      {notes.theirNeeds.length > 0 && (
        <p>
          <strong>{t('meetings.notes.theirNeeds')}:</strong> {notes.theirNeeds.map((need) => need.phrase).join(', ')}
        </p>
      )}
      {notes.notes && <p className="notes-text">{notes.notes}</p>}
    </div>
  );
}
