import { useTranslation } from 'react-i18next';
import { FieldShell } from './FieldShell.tsx';

interface TextAreaFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  hint?: string;
  error?: string;
  rows?: number;
  /** Defaults to `name`; set it when the same field appears more than once on a page. */
  id?: string;
}

export function TextAreaField({ name, label, value, onChange, maxLength, hint, error, rows = 6, id = name }: TextAreaFieldProps) {
  const { t } = useTranslation();
  const counterId = `${id}-counter`;
  const over = value.length > maxLength;
  const counter = (
    <p id={counterId} className={over ? 'char-counter char-counter-over' : 'char-counter'}>
      {t('form.charCounter', { count: value.length, max: maxLength })}
    </p>
  );
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} invalid={over} noteId={counterId} note={counter}>
      {(control) => <textarea {...control} name={name} value={value} rows={rows} onChange={(event) => onChange(event.target.value)} />}
    </FieldShell>
  );
}
