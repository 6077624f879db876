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
  /** An example value; never the only explanation (it disappears on typing): pair it with the label or a hint. */
  placeholder?: string;
}

export function TextField({ name, label, value, onChange, id = name, type = 'text', required, hint, error, autoComplete, inputMode, placeholder }: TextFieldProps) {
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
          placeholder={placeholder}
        />
      )}
    </FieldShell>
  );
}
