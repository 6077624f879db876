import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { MESSAGE_MAX } from './limits.ts';

interface ReasonFormProps {
  /** Unique on the page; the field's id is derived from it. */
  id: string;
  /** The body field the server names in its errors: `message` (decline) or `reason` (cancel). */
  field: 'message' | 'reason';
  label: string;
  hint: string;
  required: boolean;
  submitLabel: string;
  submitName: string;
  send: (text: string) => Promise<void>;
  onCancel: () => void;
}

/** One text and a button: declining with an optional message, cancelling with a reason. */
export function ReasonForm({ id, field, label, hint, required, submitLabel, submitName, send, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [text, setText] = useState('');
  const fieldId = `${id}-${field}`;
  const shownErrors = errors.map((error) => (error.field === field ? { ...error, field: fieldId } : error));

  useEffect(() => {
    document.getElementById(fieldId)?.focus();
  }, [fieldId]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    const clientErrors: FieldError[] = [];
    if (required && !trimmed) clientErrors.push({ field: fieldId, message: t('validation.required') });
    if (trimmed.length > MESSAGE_MAX) clientErrors.push({ field: fieldId, message: t('validation.tooLong', { max: MESSAGE_MAX }) });
    await submit(() => send(trimmed), clientErrors);
  };

  return (
    <form id={id} noValidate className="inline-form" onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={shownErrors} message={message} labels={{ [fieldId]: label }} />
      <TextAreaField id={fieldId} name={field} label={label} hint={hint} value={text} onChange={setText} maxLength={MESSAGE_MAX} rows={3} error={errorFor(shownErrors, fieldId)} />
      <div className="actions">
        <SubmitButton sending={sending} accessibleName={submitName}>
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
