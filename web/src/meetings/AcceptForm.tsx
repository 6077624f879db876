import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import type { Meeting } from '../types.ts';
import { meetingsApi, withFreshProposals } from './meetingsApi.ts';
import { SlotPicker } from './SlotPicker.tsx';

/**
 * Accepting one of the proposed slots. When it is gone (409), the server's message is shown with
 * the fresh slots it offers instead, to pick from.
 */
export function AcceptForm({ meeting, onDone }: { meeting: Meeting; onDone: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [slots, setSlots] = useState(meeting.proposedSlots);
  const [chosen, setChosen] = useState<string[]>([]);
  const name = meeting.other.name || t('profile.unnamed');
  const slotsId = `accept-${meeting.id}-start`;
  const shownErrors = errors.map((error) => (error.field === 'start' ? { ...error, field: slotsId } : error));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const [start] = chosen;
    const clientErrors = start ? [] : [{ field: slotsId, message: t('meetings.actions.chooseOne') }];
    await submit(async () => {
      const accepted = await withFreshProposals(() => meetingsApi.accept(meeting.id, start ?? ''), (proposals) => {
        setSlots(proposals);
        setChosen([]);
      });
      onDone(accepted);
    }, clientErrors);
  };

  return (
    <form noValidate className="inline-form" aria-label={t('meetings.actions.acceptFormLabel', { name })} onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={shownErrors} message={message} labels={{ [slotsId]: t('meetings.actions.acceptLegend') }} />
      <SlotPicker
        name={slotsId}
        legend={t('meetings.actions.acceptLegend')}
        slots={slots}
        otherName={name}
        selected={chosen}
        onChange={setChosen}
        multiple={false}
        error={errorFor(shownErrors, slotsId)}
      />
      <SubmitButton sending={sending} accessibleName={t('meetings.actions.acceptWith', { name })}>
        {t('meetings.actions.accept')}
      </SubmitButton>
    </form>
  );
}
