import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { FieldMessage } from '../components/FieldMessage.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { weekdays, type LocalTimeRange, type Weekday, type WeeklyHours } from '../types.ts';
import { nextRange } from './availabilityForm.ts';

/** The server takes up to six ranges a day. */
const MAX_RANGES = 6;

interface WeeklyHoursFieldProps {
  value: WeeklyHours;
  onChange: (value: WeeklyHours) => void;
  /** Errors with form paths (`weeklyHours/tue/0`). */
  errors: readonly FieldError[];
}

/** Per weekday, the ranges of local time the member meets people; a day without ranges is a day off. */
export function WeeklyHoursField({ value, onChange, errors }: WeeklyHoursFieldProps) {
  const { t } = useTranslation();
  // A day without ranges is left out (JSON drops the undefined).
  const setDay = (day: Weekday, ranges: LocalTimeRange[]) => onChange({ ...value, [day]: ranges.length > 0 ? ranges : undefined });

  return (
    <div className="weekly-hours">
      {weekdays.map((day) => {
        const ranges = value[day] ?? [];
        const dayName = t(`availability.days.${day}`);
        const update = (index: number, patch: Partial<LocalTimeRange>) =>
          setDay(day, ranges.map((range, position) => (position === index ? { ...range, ...patch } : range)));
        return (
          <fieldset key={day} id={`weeklyHours-${day}`} tabIndex={-1} className="field-group day-hours">
            <legend>{dayName}</legend>
            {ranges.length === 0 && <p className="field-hint">{t('availability.noHours')}</p>}
            {ranges.map((range, index) => {
              const id = `weeklyHours-${day}-${index}`;
              const error = errorFor(errors, `weeklyHours/${day}/${index}`);
              const rangeName = t('availability.rangeName', { day: dayName, number: index + 1 });
              return (
                <div className="time-range" key={index}>
                  <div className="time-range-inputs">
                    <label htmlFor={id}>
                      <span className="visually-hidden">{rangeName}: </span>
                      {t('availability.from')}
                    </label>
                    <input
                      id={id}
                      type="time"
                      value={range.from}
                      onChange={(event) => update(index, { from: event.target.value })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                    />
                    <label htmlFor={`${id}-to`}>
                      <span className="visually-hidden">{rangeName}: </span>
                      {t('availability.to')}
                    </label>
                    <input
                      id={`${id}-to`}
                      type="time"
                      value={range.to}
                      onChange={(event) => update(index, { to: event.target.value })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                    />
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('availability.removeRangeOf', { range: rangeName })}
                      onClick={() => {
                        setDay(day, ranges.filter((_, position) => position !== index));
                        document.getElementById(`weeklyHours-${day}`)?.focus();
                      }}
                    >
                      {t('availability.removeRange')}
                    </button>
                  </div>
                  <FieldMessage id={`${id}-error`} message={error} />
                </div>
              );
            })}
            {ranges.length < MAX_RANGES && (
              <button
                type="button"
                className="button button-secondary"
                aria-label={t('availability.addRangeTo', { day: dayName })}
                onClick={() => setDay(day, [...ranges, nextRange(ranges)])}
              >
                {t('availability.addRange')}
              </button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
