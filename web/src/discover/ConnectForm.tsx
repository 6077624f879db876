import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import type { ConnectionResponse } from '../types.ts';
import { NOTE_MAX_LENGTH } from './discoverList.ts';

interface ConnectFormProps {
  id: string;
  /** Unique per card on the page; the note field's id is derived from it. */
  idBase: string;
  slug: string;
  name: string;
  onSent: () => void;
  onCancel: () => void;
}

/** The inline connection request: an optional note, then send. */
export function ConnectForm({ id, idBase, slug, name, onSent, onCancel }: ConnectFormProps) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [note, setNote] = useState('');
  // Each card has its own note field; the server reports it as `note`.
  const noteId = `note-${idBase}`;
  const shownErrors = errors.map((error) => (error.field === 'note' ? { ...error, field: noteId } : error));

  useEffect(() => {
    document.getElementById(noteId)?.focus();
  }, [noteId]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    const clientErrors: FieldError[] =
      text.length > NOTE_MAX_LENGTH ? [{ field: 'note', message: t('validation.tooLong', { max: NOTE_MAX_LENGTH }) }] : [];
    const ok = await submit(async () => {
      await api.post<ConnectionResponse>('/api/connections', text ? { slug, note: text } : { slug });
    }, clientErrors);
    if (ok) onSent();
  };

  return (
    <form id={id} noValidate className="inline-form" aria-label={t('discover.connectFormLabel', { name })} onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={shownErrors} message={message} labels={{ [noteId]: t('discover.note') }} />
      <TextAreaField
        id={noteId}
        name="note"
        label={t('discover.note')}
        hint={t('discover.noteHint')}
        value={note}
        onChange={setNote}
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
        error={errorFor(shownErrors, noteId)}
      />
      <div className="actions">
        <SubmitButton sending={sending} accessibleName={t('discover.sendRequestTo', { name })}>
          {t('discover.sendRequest')}
        </SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
