import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { FieldMessage } from '../components/FieldMessage.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import type { AvailabilityException } from '../types.ts';
import { daysOff } from './availabilityForm.ts';

interface DaysOffFieldProps {
  /** All exceptions; only days off are edited here, extra hours are kept as they are. */
  value: readonly AvailabilityException[];
  onChange: (value: AvailabilityException[]) => void;
  /** Errors with form paths (`exceptions/2`). */
  errors: readonly FieldError[];
}

/** Dates without meetings (holidays, trips): a first day and an optional last one. */
export function DaysOffField({ value, onChange, errors }: DaysOffFieldProps) {
  const { t } = useTranslation();
  const entries = daysOff(value);
  const update = (index: number, from: string, to: string) =>
    onChange(value.map((exception, position) => (position === index ? { kind: 'off', from, ...(to ? { to } : {}) } : exception)));

  return (
    <fieldset id="exceptions" tabIndex={-1} className="field field-group" aria-describedby="exceptions-hint">
      <legend>{t('availability.daysOff')}</legend>
      <p id="exceptions-hint" className="field-hint">
        {t('availability.daysOffHint')}
      </p>
      {entries.length === 0 && <p>{t('availability.noDaysOff')}</p>}
      {entries.map(({ index, dayOff }, position) => {
        const id = `exceptions-${index}`;
        const error = errorFor(errors, `exceptions/${index}`);
        const name = t('availability.dayOffName', { number: position + 1 });
        const describedBy = error ? `${id}-error` : undefined;
        return (
          <div className="time-range" key={index}>
            <div className="time-range-inputs">
              <label htmlFor={id}>
                <span className="visually-hidden">{name}: </span>
                {t('availability.firstDay')}
              </label>
              <input
                id={id}
                type="date"
                value={dayOff.from}
                onChange={(event) => update(index, event.target.value, dayOff.to ?? '')}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
              />
              <label htmlFor={`${id}-to`}>
                <span className="visually-hidden">{name}: </span>
                {t('availability.lastDay')}
              </label>
              <input
                id={`${id}-to`}
                type="date"
                value={dayOff.to ?? ''}
                min={dayOff.from || undefined}
                onChange={(event) => update(index, dayOff.from, event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
              />
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('availability.removeDayOffOf', { name })}
                onClick={() => {
                  onChange(value.filter((_, other) => other !== index));
                  document.getElementById('exceptions')?.focus();
                }}
              >
                {t('availability.removeRange')}
              </button>
            </div>
            <FieldMessage id={`${id}-error`} message={error} />
          </div>
        );
      })}
      <button type="button" className="button button-secondary" onClick={() => onChange([...value, { kind: 'off', from: '' }])}>
        {t('availability.addDayOff')}
      </button>
    </fieldset>
  );
}
