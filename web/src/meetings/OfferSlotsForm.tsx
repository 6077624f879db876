import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Loading } from '../components/Loading.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import type { Meeting } from '../types.ts';
import { MESSAGE_MAX } from './limits.ts';
import { meetingsApi, slotTimes, withFreshProposals, type SlotTimes } from './meetingsApi.ts';
import { SlotPicker } from './SlotPicker.tsx';
import { useApiData } from './useApiData.ts';

interface OfferSlotsFormProps {
  meeting: Meeting;
  /** Other times in answer to a proposal (optional message), or moving a meeting (a reason is required). */
  purpose: 'counter-propose' | 'reschedule';
  onDone: (meeting: Meeting) => void;
  onCancel: () => void;
}

/** Offers other free times to the other member: fresh mutual slots, chosen one or several at a time. */
export function OfferSlotsForm({ meeting, purpose, onDone, onCancel }: OfferSlotsFormProps) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [chosen, setChosen] = useState<string[]>([]);
  const [text, setText] = useState('');
  const name = meeting.other.name || t('profile.unnamed');
  const slug = meeting.other.slug;
  const slots = useApiData(`${slug}:${meeting.lengthMinutes}`, (signal) => meetingsApi.slots(slug, meeting.lengthMinutes, signal));
  const base = `${purpose}-form-${meeting.id}`;
  const textField = purpose === 'reschedule' ? 'reason' : 'message';
  // Ids unique on the page: the server names the fields `slots` and `reason` or `message`.
  const slotsId = `${base}-slots`;
  const textId = `${base}-${textField}`;
  const idOf = (field: string) => (field === 'slots' ? slotsId : field === textField ? textId : field);
  const shownErrors = errors.map((error) => ({ ...error, field: idOf(error.field) }));
  const offered = slots.state.status === 'ready' ? slots.state.data : [];
  const textLabel = t(purpose === 'reschedule' ? 'meetings.actions.reason' : 'meetings.actions.messageOptional');

  useEffect(() => {
    document.getElementById(base)?.focus();
  }, [base]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    const clientErrors: FieldError[] = [];
    if (chosen.length === 0) clientErrors.push({ field: slotsId, message: t('meetings.propose.chooseSlot') });
    if (purpose === 'reschedule' && !trimmed) clientErrors.push({ field: textId, message: t('validation.required') });
    if (trimmed.length > MESSAGE_MAX) clientErrors.push({ field: textId, message: t('validation.tooLong', { max: MESSAGE_MAX }) });
    const picked: SlotTimes[] = offered.filter((slot) => chosen.includes(slot.start)).map(slotTimes);
    await submit(async () => {
      const changed = await withFreshProposals(
        () => (purpose === 'reschedule' ? meetingsApi.reschedule(meeting.id, picked, trimmed) : meetingsApi.counterPropose(meeting.id, picked, trimmed)),
        (proposals) => {
          slots.set(proposals);
          setChosen([]);
        },
      );
      onDone(changed);
    }, clientErrors);
  };

  return (
    <form id={base} tabIndex={-1} noValidate className="inline-form" aria-label={t(`meetings.actions.${purpose}With`, { name })} onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={shownErrors} message={message} labels={{ [slotsId]: t('meetings.propose.slotsLegend'), [textId]: textLabel }} />
      {slots.state.status === 'loading' && <Loading />}
      {slots.state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {slots.state.message}
        </p>
      )}
      {slots.state.status === 'ready' && offered.length === 0 && (
        <div className="empty-state">
          <p>{t('meetings.propose.noSlots')}</p>
          <p>
            <Link to="/settings/availability">{t('meetings.propose.widenAvailability')}</Link>
          </p>
        </div>
      )}
      {offered.length > 0 && (
        <SlotPicker
          name={slotsId}
          legend={t('meetings.propose.slotsLegend')}
          slots={offered}
          otherName={name}
          selected={chosen}
          onChange={setChosen}
          multiple
          error={errorFor(shownErrors, slotsId)}
        />
      )}
      <TextAreaField
        id={textId}
        name={textField}
        label={textLabel}
        value={text}
        onChange={setText}
        maxLength={MESSAGE_MAX}
        rows={3}
        error={errorFor(shownErrors, textId)}
      />
      <div className="actions">
        <SubmitButton sending={sending} accessibleName={t(`meetings.actions.${purpose}SendTo`, { name })}>
          {t(`meetings.actions.${purpose}Send`)}
        </SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
