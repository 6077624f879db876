import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../components/CheckboxGroupField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormSection } from '../components/FormSection.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { errorFor, errorWithin, errorsWithin } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { useFormatOptions, useLengthOptions } from '../meetings/meetingChoices.ts';
import { meetingsApi } from '../meetings/meetingsApi.ts';
import { timeZoneOptions } from '../settings/timeZones.ts';
import { meetingFormats, meetingLengths, weekdays, type Availability, type MeetingFormat } from '../types.ts';
import { availabilityErrors, withFieldPaths } from './availabilityForm.ts';
import { DaysOffField } from './DaysOffField.tsx';
import { WeeklyHoursField } from './WeeklyHoursField.tsx';

const BUFFERS = [0, 5, 10, 15, 20, 30, 45, 60, 90, 120];

/** When and how the member meets people: the hours slots are found in. */
export function AvailabilityForm({ initial }: { initial: Availability }) {
  const { t } = useTranslation();
  const { sending, errors: rawErrors, message, submit } = useSubmission();
  const [availability, setAvailability] = useState(initial);
  const [status, setStatus] = useState('');
  const errors = withFieldPaths(rawErrors);
  const zones = useMemo(() => timeZoneOptions(initial.timeZone), [initial.timeZone]);
  const formatOptions = useFormatOptions();
  const lengthOptions = useLengthOptions();
  const buffers = [...new Set([...BUFFERS, availability.bufferMinutes])].sort((a, b) => a - b);
  const change = (patch: Partial<Availability>) => setAvailability((current) => ({ ...current, ...patch }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const ok = await submit(async () => {
      setAvailability(await meetingsApi.saveAvailability(availability));
    }, availabilityErrors(availability, t));
    if (ok) setStatus(t('availability.saved'));
  };

  const labels = {
    timeZone: t('availability.timeZone'),
    exceptions: t('availability.daysOff'),
    formats: t('availability.formats'),
    defaultLength: t('availability.defaultLength'),
    bufferMinutes: t('availability.buffer'),
    ...Object.fromEntries(weekdays.map((day) => [`weeklyHours/${day}`, t(`availability.days.${day}`)])),
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
      <ErrorSummary errors={errors} message={message} labels={labels} />
      <SelectField
        name="timeZone"
        label={t('availability.timeZone')}
        hint={t('availability.timeZoneHint')}
        value={availability.timeZone}
        options={zones}
        onChange={(timeZone) => change({ timeZone })}
        required
        error={errorFor(errors, 'timeZone')}
      />
      <FormSection title={t('availability.weeklyHours')}>
        <p className="field-hint">{t('availability.weeklyHoursHint')}</p>
        <WeeklyHoursField value={availability.weeklyHours} onChange={(weeklyHours) => change({ weeklyHours })} errors={errorsWithin(errors, 'weeklyHours')} />
      </FormSection>
      <DaysOffField value={availability.exceptions} onChange={(exceptions) => change({ exceptions })} errors={errorsWithin(errors, 'exceptions')} />
      <CheckboxGroupField
        name="formats"
        legend={t('availability.formats')}
        hint={t('availability.formatsHint')}
        options={formatOptions}
        values={availability.formats}
        onChange={(values) => change({ formats: meetingFormats.filter((format: MeetingFormat) => values.includes(format)) })}
        error={errorWithin(errors, 'formats')}
      />
      <SelectField
        name="defaultLength"
        label={t('availability.defaultLength')}
        value={String(availability.defaultLength)}
        options={lengthOptions}
        onChange={(value) => {
          const length = meetingLengths.find((choice) => String(choice) === value);
          if (length) change({ defaultLength: length });
        }}
        required
        error={errorFor(errors, 'defaultLength')}
      />
      <SelectField
        name="bufferMinutes"
        label={t('availability.buffer')}
        hint={t('availability.bufferHint')}
        value={String(availability.bufferMinutes)}
        options={buffers.map((minutes) => ({ value: String(minutes), label: t('meetings.minutes', { count: minutes }) }))}
        onChange={(value) => change({ bufferMinutes: Number(value) })}
        required
        error={errorFor(errors, 'bufferMinutes')}
      />
      <SubmitButton sending={sending}>{t('availability.save')}</SubmitButton>
      <StatusMessage message={status} />
    </form>
  );
}
