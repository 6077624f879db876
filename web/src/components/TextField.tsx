import type { HTMLInputAutoCompleteAttribute } from 'react';
import { describedBy } from '../forms/fieldErrors.ts';
import { FieldMessage } from './FieldMessage.tsx';
import { RequiredMark } from './RequiredMark.tsx';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  id?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'search';
  required?: boolean;
  hint?: string;
  error?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'email' | 'url';
}

export function TextField({ name, label, value, onChange, id = name, type = 'text', required, hint, error, autoComplete, inputMode }: TextFieldProps) {
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
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}
