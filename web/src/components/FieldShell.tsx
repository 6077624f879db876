import type { ReactNode } from 'react';
import { describedBy } from '../forms/fieldErrors.ts';
import { FieldMessage } from './FieldMessage.tsx';
import { RequiredMark } from './RequiredMark.tsx';

/** What the shell gives its control so the label, hint and error message all point at it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  /** Marks the control invalid even without an error message (e.g. text over its length limit). */
  invalid?: boolean;
  /** Id of a description shown after the control (e.g. a character counter), read between hint and error. */
  noteId?: string;
  /** Shown between the control and the error message; should carry `noteId`. */
  note?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}

/** One labelled form field: label (with required mark), hint, the control itself and its error message. */
export function FieldShell({ id, label, required, hint, error, invalid, noteId, note, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required && <RequiredMark />}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error || invalid ? true : undefined,
        'aria-describedby': describedBy(hintId, noteId, errorId),
      })}
      {note}
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}
