import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { describedBy } from '../forms/fieldErrors.ts';
import { FieldMessage } from './FieldMessage.tsx';

interface ChipListFieldProps {
  name: string;
  label: string;
  hint: string;
  /** Visible name of the Add button; must not repeat `label` (it would label the input twice). */
  addLabel: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  maxItems: number;
  maxLength: number;
  /** Errors for the list (`offers`) and its items (`offers/2`). */
  errors: readonly FieldError[];
}

function itemIndex(field: string): number | null {
  const match = /\/(\d+)$/.exec(field);
  return match ? Number(match[1]) : null;
}

/** A list of short phrases edited as removable chips: type, then Enter or the Add button. */
export function ChipListField({ name, label, hint, addLabel, items, onChange, maxItems, maxLength, errors }: ChipListFieldProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const apiMessages = errors.map((error) => {
    const index = itemIndex(error.field);
    const item = index === null ? undefined : items[index];
    return item === undefined ? error.message : `«${item}»: ${error.message}`;
  });
  const error = [localError, ...apiMessages].filter(Boolean).join(' ') || undefined;

  const add = () => {
    const phrase = draft.trim().replace(/\s+/g, ' ');
    if (!phrase) return setLocalError(t('chips.empty'));
    if (phrase.length > maxLength) return setLocalError(t('validation.tooLong', { max: maxLength }));
    if (items.length >= maxItems) return setLocalError(t('chips.tooMany', { max: maxItems }));
    if (items.some((item) => item.toLocaleLowerCase() === phrase.toLocaleLowerCase())) {
      return setLocalError(t('chips.duplicate'));
    }
    onChange([...items, phrase]);
    setDraft('');
    setLocalError(null);
    setAnnouncement(t('chips.added', { item: phrase }));
  };

  const remove = (index: number) => {
    const removed = items[index];
    onChange(items.filter((_, position) => position !== index));
    setAnnouncement(t('chips.removed', { item: removed }));
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <p id={`${name}-hint`} className="field-hint">
        {hint}
      </p>
      {items.length > 0 && (
        <ul className="chips">
          {items.map((item, index) => (
            <li className="chip" key={item}>
              <span>{item}</span>
              <button type="button" className="chip-remove" onClick={() => remove(index)} aria-label={t('chips.remove', { item })}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="chip-entry">
        <input
          ref={inputRef}
          id={name}
          name={name}
          type="text"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setLocalError(null);
          }}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${name}-hint`, error && `${name}-error`)}
        />
        <button type="button" className="button button-secondary" onClick={add}>
          {addLabel}
        </button>
      </div>
      <FieldMessage id={`${name}-error`} message={error} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
