import type { HTMLInputAutoCompleteAttribute } from 'react';
import { FieldShell } from './FieldShell.tsx';

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
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          autoComplete={autoComplete}
          inputMode={inputMode}
        />
      )}
    </FieldShell>
  );
}
