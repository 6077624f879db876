import { describedBy } from '../forms/fieldErrors.ts';
import type { Option } from '../data/option.ts';
import { FieldMessage } from './FieldMessage.tsx';

interface CheckboxGroupFieldProps {
  name: string;
  legend: string;
  options: readonly Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: string;
  error?: string;
}

export function CheckboxGroupField({ name, legend, options, values, onChange, hint, error }: CheckboxGroupFieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((existing) => existing !== value));
  return (
    <fieldset
      id={name}
      tabIndex={-1}
      className="field field-group"
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="choice-grid">
        {options.map((option) => (
          <div className="choice" key={option.value}>
            <input
              id={`${name}-${option.value}`}
              name={name}
              type="checkbox"
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      <FieldMessage id={`${name}-error`} message={error} />
    </fieldset>
  );
}
