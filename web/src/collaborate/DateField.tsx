import { FieldShell } from '../components/FieldShell.tsx';

interface DateFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

/** A calendar date (YYYY-MM-DD), with the browser's own date picker. */
export function DateField({ name, label, value, onChange, hint, error }: DateFieldProps) {
  return (
    <FieldShell id={name} label={label} hint={hint} error={error}>
      {(control) => <input {...control} name={name} type="date" value={value} onChange={(event) => onChange(event.target.value)} />}
    </FieldShell>
  );
}
