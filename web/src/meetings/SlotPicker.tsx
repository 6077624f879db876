import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../components/FieldMessage.tsx';
import { describedBy } from '../forms/fieldErrors.ts';
import type { SlotView } from '../types.ts';

interface SlotPickerProps {
  /** Also the fieldset's id, so an error summary link can focus it. */
  name: string;
  legend: string;
  slots: readonly SlotView[];
  otherName: string;
  /** Start instants of the chosen slots. */
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** One slot (radio buttons, to accept) or several (checkboxes, to offer). */
  multiple: boolean;
  hint?: string;
  error?: string;
}

/** Slots to choose from, each on the viewer's clock and on the other member's. */
export function SlotPicker({ name, legend, slots, otherName, selected, onChange, multiple, hint, error }: SlotPickerProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${name}-hint` : undefined;
  const toggle = (start: string, checked: boolean) => {
    if (!multiple) return onChange([start]);
    onChange(checked ? [...selected, start] : selected.filter((chosen) => chosen !== start));
  };
  return (
    <fieldset id={name} tabIndex={-1} className="field field-group slot-picker" aria-describedby={describedBy(hintId, error && `${name}-error`)}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {slots.map((slot, index) => {
        const id = `${name}-${index}`;
        return (
          <div className="choice choice-described" key={slot.start}>
            <input
              id={id}
              name={name}
              type={multiple ? 'checkbox' : 'radio'}
              value={slot.start}
              checked={selected.includes(slot.start)}
              onChange={(event) => toggle(slot.start, event.target.checked)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-theirs`}
            />
            <label htmlFor={id}>{t('meetings.slot.yours', { time: slot.yours })}</label>
            <p id={`${id}-theirs`} className="field-hint">
              {t('meetings.slot.theirs', { time: slot.theirs, name: otherName })}
            </p>
          </div>
        );
      })}
      <FieldMessage id={`${name}-error`} message={error} />
    </fieldset>
  );
}
