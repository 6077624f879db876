import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Loading } from '../components/Loading.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { meetingFormats, type Availability, type MeetingFormat, type SlotView } from '../types.ts';
import { PlaceField } from './PlaceField.tsx';
import { useFormatOptions, useLengthOptions } from './meetingChoices.ts';
import { meetingsApi, slotTimes, withFreshProposals } from './meetingsApi.ts';
import { MAX_OFFERED_SLOTS, PURPOSE_MAX } from './limits.ts';
import { SlotPicker } from './SlotPicker.tsx';
import { useApiData } from './useApiData.ts';

interface ProposeMeetingFormProps {
  slug: string;
  name: string;
  /** The member's own availability: their default length and preferred format. */
  availability: Availability;
  initialPurpose: string;
}

/** What the meeting is for, how, and up to five times both are free; sent as one proposal. */
export function ProposeMeetingForm({ slug, name, availability, initialPurpose }: ProposeMeetingFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sending, errors, message, submit } = useSubmission();
  const [purpose, setPurpose] = useState(initialPurpose);
  const [format, setFormat] = useState<MeetingFormat>(availability.formats[0] ?? 'video');
  const [lengthMinutes, setLengthMinutes] = useState<number>(availability.defaultLength);
  const [place, setPlace] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const slots = useApiData(`${slug}:${lengthMinutes}`, (signal) => meetingsApi.slots(slug, lengthMinutes, signal));
  const formatOptions = useFormatOptions();
  const lengthOptions = useLengthOptions();
  const offered: SlotView[] = slots.state.status === 'ready' ? slots.state.data : [];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: FieldError[] = [];
    if (!purpose.trim()) clientErrors.push({ field: 'purpose', message: t('validation.required') });
    if (purpose.trim().length > PURPOSE_MAX) clientErrors.push({ field: 'purpose', message: t('validation.tooLong', { max: PURPOSE_MAX }) });
    if (chosen.length === 0) clientErrors.push({ field: 'slots', message: t('meetings.propose.chooseSlot') });
    let createdId: string | null = null;
    await submit(async () => {
      const meeting = await withFreshProposals(() => meetingsApi.propose({
        with: slug,
        purpose: purpose.trim(),
        format,
        lengthMinutes,
        ...(place.trim() ? { place: place.trim() } : {}),
        slots: offered.filter((slot) => chosen.includes(slot.start)).map(slotTimes),
      }), (proposals) => {
        slots.set(proposals);
        setChosen([]);
      });
      createdId = meeting.id;
    }, clientErrors);
    if (createdId) navigate(`/meetings/${encodeURIComponent(createdId)}`, { state: { status: t('meetings.propose.sent', { name }) } });
  };

  return (
    <form noValidate className="form" onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary
        errors={errors}
        message={message}
        labels={{
          purpose: t('meetings.purpose'),
          format: t('meetings.format'),
          lengthMinutes: t('meetings.length'),
          place: t(`meetings.place.${format}`),
          slots: t('meetings.propose.slotsLegend'),
        }}
      />
      <TextAreaField
        name="purpose"
        label={t('meetings.purpose')}
        hint={t('meetings.purposeHint')}
        value={purpose}
        onChange={setPurpose}
        maxLength={PURPOSE_MAX}
        rows={4}
        error={errorFor(errors, 'purpose')}
      />
      <SelectField
        name="format"
        label={t('meetings.format')}
        value={format}
        options={formatOptions}
        onChange={(value) => setFormat(meetingFormats.find((choice) => choice === value) ?? format)}
        required
        error={errorFor(errors, 'format')}
      />
      <PlaceField format={format} value={place} onChange={setPlace} error={errorFor(errors, 'place')} />
      <SelectField
        name="lengthMinutes"
        label={t('meetings.length')}
        value={String(lengthMinutes)}
        options={lengthOptions}
        onChange={(value) => {
          setLengthMinutes(Number(value));
          setChosen([]);
        }}
        required
        error={errorFor(errors, 'lengthMinutes')}
      />
      {slots.state.status === 'loading' && <Loading />}
      {slots.state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {slots.state.message}
        </p>
      )}
      {slots.state.status === 'ready' && offered.length === 0 && (
        <div className="empty-state" id="slots" tabIndex={-1}>
          <p>{t('meetings.propose.noSlots')}</p>
          <p>
            <Link to="/settings/availability">{t('meetings.propose.widenAvailability')}</Link>
          </p>
        </div>
      )}
      {offered.length > 0 && (
        <SlotPicker
          name="slots"
          legend={t('meetings.propose.slotsLegend')}
          hint={t('meetings.propose.slotsHint', { max: MAX_OFFERED_SLOTS })}
          slots={offered}
          otherName={name}
          selected={chosen}
          onChange={setChosen}
          multiple
          error={errorFor(errors, 'slots')}
        />
      )}
      <SubmitButton sending={sending} accessibleName={t('meetings.propose.sendTo', { name })}>
        {t('meetings.propose.send')}
      </SubmitButton>
    </form>
  );
}
