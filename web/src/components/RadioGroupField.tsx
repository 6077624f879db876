import { FieldMessage } from './FieldMessage.tsx';

export interface RadioOption {
  value: string;
  label: string;
  description: string;
}

interface RadioGroupFieldProps {
  name: string;
  legend: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function RadioGroupField({ name, legend, options, value, onChange, error }: RadioGroupFieldProps) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset id={name} tabIndex={-1} className="field field-group" aria-describedby={errorId}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div className="choice choice-described" key={option.value}>
            <input
              id={id}
              name={name}
              type="radio"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={`${id}-description`}
            />
            <label htmlFor={id}>{option.label}</label>
            <p id={`${id}-description`} className="field-hint">
              {option.description}
            </p>
          </div>
        );
      })}
      <FieldMessage id={`${name}-error`} message={error} />
    </fieldset>
  );
}
