import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { ChipListField } from '../components/ChipListField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FieldShell } from '../components/FieldShell.tsx';
import { FormSection } from '../components/FormSection.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { TextField } from '../components/TextField.tsx';
import { errorFor, errorsWithin } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import type { MeetingNotes } from '../types.ts';
import { NEXT_STEP_MAX, NOTES_MAX } from './limits.ts';
import { meetingsApi } from './meetingsApi.ts';

const EMPTY: MeetingNotes = { notes: '', theirNeeds: [], nextStep: '', nextStepAt: null, useful: null, noShow: false };
const MAX_NEEDS = 20;
const NEED_MAX = 200;
const USEFUL = { '': null, yes: true, no: false } as const;
const usefulValue = (useful: boolean | null): keyof typeof USEFUL => (useful === null ? '' : useful ? 'yes' : 'no');

/** The viewer's private notes on a meeting: what was said, what they need, the next step, and how it went. */
export function NotesForm({ meetingId, initial, onSaved }: { meetingId: string; initial: MeetingNotes | null; onSaved: (notes: MeetingNotes) => void }) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [saved, setSaved] = useState(initial ?? EMPTY);
  const [notes, setNotes] = useState(saved.notes);
  const [theirNeeds, setTheirNeeds] = useState(saved.theirNeeds.map((need) => need.phrase));
  const [nextStep, setNextStep] = useState(saved.nextStep);
  const [nextStepAt, setNextStepAt] = useState(saved.nextStepAt ?? '');
  const [useful, setUseful] = useState(usefulValue(saved.useful));
  const [noShow, setNoShow] = useState(saved.noShow);
  const [status, setStatus] = useState('');
  const applySaved = (answer: MeetingNotes) => {
    setSaved(answer);
    onSaved(answer);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const clientErrors: FieldError[] = [];
    if (notes.length > NOTES_MAX) clientErrors.push({ field: 'notes', message: t('validation.tooLong', { max: NOTES_MAX }) });
    if (nextStep.trim().length > NEXT_STEP_MAX) clientErrors.push({ field: 'nextStep', message: t('validation.tooLong', { max: NEXT_STEP_MAX }) });
    const ok = await submit(async () => {
      applySaved(
        await meetingsApi.saveNotes(meetingId, {
          notes,
          theirNeeds,
          nextStep: nextStep.trim(),
          nextStepAt: nextStepAt || null,
          useful: USEFUL[useful],
          noShow,
        }),
      );
    }, clientErrors);
    if (ok) setStatus(t('meetings.notes.saved'));
  };

  const mapped = saved.theirNeeds.filter((need) => need.concepts.length > 0);
  return (
    <FormSection title={t('meetings.notes.title')}>
      <p className="field-hint">{t('meetings.notes.private')}</p>
      <form noValidate className="form" onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary
          errors={errors}
          message={message}
          labels={{
            notes: t('meetings.notes.notes'),
            theirNeeds: t('meetings.notes.theirNeeds'),
            nextStep: t('meetings.notes.nextStep'),
            nextStepAt: t('meetings.notes.nextStepAt'),
            useful: t('meetings.notes.useful'),
            noShow: t('meetings.notes.noShow'),
          }}
        />
        <TextAreaField name="notes" label={t('meetings.notes.notes')} value={notes} onChange={setNotes} maxLength={NOTES_MAX} error={errorFor(errors, 'notes')} />
        <ChipListField
          name="theirNeeds"
          label={t('meetings.notes.theirNeeds')}
          hint={t('meetings.notes.theirNeedsHint')}
          addLabel={t('meetings.notes.addNeed')}
          items={theirNeeds}
          onChange={setTheirNeeds}
          maxItems={MAX_NEEDS}
          maxLength={NEED_MAX}
          errors={errorsWithin(errors, 'theirNeeds')}
        />
        {mapped.length > 0 && (
          <ul className="need-concepts">
            {mapped.map((need) => (
              <li key={need.phrase}>{t('meetings.notes.needConcepts', { phrase: need.phrase, concepts: need.concepts.map((concept) => concept.label).join(', ') })}</li>
            ))}
          </ul>
        )}
        <TextField name="nextStep" label={t('meetings.notes.nextStep')} hint={t('meetings.notes.nextStepHint')} value={nextStep} onChange={setNextStep} error={errorFor(errors, 'nextStep')} />
        <FieldShell id="nextStepAt" label={t('meetings.notes.nextStepAt')} hint={t('meetings.notes.nextStepAtHint')} error={errorFor(errors, 'nextStepAt')}>
          {(control) => <input {...control} name="nextStepAt" type="date" value={nextStepAt} onChange={(event) => setNextStepAt(event.target.value)} />}
        </FieldShell>
        <SelectField
          name="useful"
          label={t('meetings.notes.useful')}
          value={useful}
          options={[
            { value: '', label: t('meetings.notes.usefulUnsaid') },
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]}
          onChange={(value) => setUseful(value === 'yes' || value === 'no' ? value : '')}
          error={errorFor(errors, 'useful')}
        />
        <CheckboxField name="noShow" label={t('meetings.notes.noShow')} hint={t('meetings.notes.noShowHint')} checked={noShow} onChange={setNoShow} error={errorFor(errors, 'noShow')} />
        <SubmitButton sending={sending}>{t('meetings.notes.save')}</SubmitButton>
        <StatusMessage message={status} />
      </form>
    </FormSection>
  );
}
