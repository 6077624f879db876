import type { Option } from '../data/option.ts';
import { FieldShell } from './FieldShell.tsx';

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  id?: string;
  /** Label of an empty first option; omitted when a value is mandatory. */
  emptyLabel?: string;
  required?: boolean;
  hint?: string;
  error?: string;
}

export function SelectField({ name, label, value, options, onChange, id = name, emptyLabel, required, hint, error }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      {(control) => (
        <select {...control} name={name} value={value} required={required} onChange={(event) => onChange(event.target.value)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
