import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../types.ts';
import { AcceptForm } from './AcceptForm.tsx';
import { meetingsApi } from './meetingsApi.ts';
import { OfferSlotsForm } from './OfferSlotsForm.tsx';
import { ReasonForm } from './ReasonForm.tsx';

type OpenForm = 'counter-propose' | 'decline' | 'reschedule' | 'cancel' | null;

/** Whether the agreed slot has ended: nothing left to answer, move or cancel. */
export const hasEnded = (meeting: Meeting, now = Date.now()) => meeting.slot !== null && Date.parse(meeting.slot.end) <= now;

/** What the viewer can do now: answer a request, or move or cancel a meeting still ahead. */
export function MeetingActions({ meeting, onChanged }: { meeting: Meeting; onChanged: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OpenForm>(null);
  const toggles = useRef<Partial<Record<Exclude<OpenForm, null>, HTMLButtonElement | null>>>({});
  const name = meeting.other.name || t('profile.unnamed');
  const answering = meeting.status === 'proposed' && meeting.turn === 'answer';
  const live = meeting.status === 'accepted' ? !hasEnded(meeting) : meeting.status === 'proposed';
  if (!live) return null;

  const choices: Exclude<OpenForm, null>[] = answering
    ? ['counter-propose', 'decline']
    : meeting.status === 'accepted'
      ? ['reschedule', 'cancel']
      : ['cancel'];
  const formId = (form: string) => `${form}-form-${meeting.id}`;
  const close = (form: Exclude<OpenForm, null>) => {
    setOpen(null);
    toggles.current[form]?.focus();
  };
  const done = (changed: Meeting) => {
    setOpen(null);
    onChanged(changed);
  };

  return (
    <div className="meeting-actions">
      {answering && <AcceptForm meeting={meeting} onDone={done} />}
      <div className="actions card-actions">
        {choices.map((form) => (
          <button
            key={form}
            ref={(element) => {
              toggles.current[form] = element;
            }}
            type="button"
            className={form === 'decline' || form === 'cancel' ? 'button button-quiet' : 'button button-secondary'}
            aria-label={t(`meetings.actions.${form}With`, { name })}
            aria-expanded={open === form}
            aria-controls={open === form ? formId(form) : undefined}
            onClick={() => setOpen((current) => (current === form ? null : form))}
          >
            {t(`meetings.actions.${form}`)}
          </button>
        ))}
      </div>
      {(open === 'counter-propose' || open === 'reschedule') && (
        <OfferSlotsForm meeting={meeting} purpose={open} onDone={done} onCancel={() => close(open)} />
      )}
      {open === 'decline' && (
        <ReasonForm
          id={formId('decline')}
          field="message"
          label={t('meetings.actions.messageOptional')}
          hint={t('meetings.actions.declineHint')}
          required={false}
          submitLabel={t('meetings.actions.declineSend')}
          submitName={t('meetings.actions.declineSendTo', { name })}
          send={async (message) => done(await meetingsApi.decline(meeting.id, message))}
          onCancel={() => close('decline')}
        />
      )}
      {open === 'cancel' && (
        <ReasonForm
          id={formId('cancel')}
          field="reason"
          label={t('meetings.actions.reason')}
          hint={t('meetings.actions.cancelHint')}
          required
          submitLabel={t('meetings.actions.cancelSend')}
          submitName={t('meetings.actions.cancelSendTo', { name })}
          send={async (reason) => done(await meetingsApi.cancel(meeting.id, reason))}
          onCancel={() => close('cancel')}
        />
      )}
    </div>
  );
}
