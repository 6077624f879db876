import { useTranslation } from 'react-i18next';
import { describedBy } from '../forms/fieldErrors.ts';
import { FieldMessage } from './FieldMessage.tsx';

interface TextAreaFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  hint?: string;
  error?: string;
  rows?: number;
}

export function TextAreaField({ name, label, value, onChange, maxLength, hint, error, rows = 6 }: TextAreaFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${name}-hint` : undefined;
  const counterId = `${name}-counter`;
  const errorId = error ? `${name}-error` : undefined;
  const over = value.length > maxLength;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={name}
        name={name}
        value={value}
        rows={rows}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy(hintId, counterId, errorId)}
      />
      <p id={counterId} className={over ? 'char-counter char-counter-over' : 'char-counter'}>
        {t('form.charCounter', { count: value.length, max: maxLength })}
      </p>
      <FieldMessage id={`${name}-error`} message={error} />
    </div>
  );
}
