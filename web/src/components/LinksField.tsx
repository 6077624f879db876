import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import type { ProfileLink } from '../types.ts';
import { FieldMessage } from './FieldMessage.tsx';
import { TextField } from './TextField.tsx';

interface LinksFieldProps {
  links: readonly ProfileLink[];
  onChange: (links: ProfileLink[]) => void;
  maxLinks: number;
  errors: readonly FieldError[];
}

/** Editable rows of labelled links (LinkedIn, portfolio…). */
export function LinksField({ links, onChange, maxLinks, errors }: LinksFieldProps) {
  const { t } = useTranslation();
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);

  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(`links-${focusRow}-label`)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const update = (index: number, patch: Partial<ProfileLink>) =>
    onChange(links.map((link, position) => (position === index ? { ...link, ...patch } : link)));

  const add = () => {
    onChange([...links, { label: '', url: '' }]);
    setFocusRow(links.length);
  };

  const remove = (index: number) => {
    onChange(links.filter((_, position) => position !== index));
    addButtonRef.current?.focus();
  };

  const groupError = errorFor(errors, 'links');
  return (
    <fieldset id="links" tabIndex={-1} className="field field-group" aria-describedby={groupError ? 'links-error' : 'links-hint'}>
      <legend>{t('profile.links')}</legend>
      <p id="links-hint" className="field-hint">
        {t('profile.linksHint', { max: maxLinks })}
      </p>
      {links.length > 0 && (
        <ol className="link-rows">
          {links.map((link, index) => {
            const number = index + 1;
            const rowError = errorFor(errors, `links/${index}`);
            return (
              <li className="link-row" key={index}>
                <TextField
                  id={`links-${index}-label`}
                  name={`links-${index}-label`}
                  label={t('profile.linkLabel', { number })}
                  value={link.label}
                  onChange={(label) => update(index, { label })}
                  error={errorFor(errors, `links/${index}/label`) ?? rowError}
                />
                <TextField
                  id={`links-${index}-url`}
                  name={`links-${index}-url`}
                  type="url"
                  inputMode="url"
                  label={t('profile.linkUrl', { number })}
                  value={link.url}
                  onChange={(url) => update(index, { url })}
                  error={errorFor(errors, `links/${index}/url`)}
                />
                <button type="button" className="button button-link" onClick={() => remove(index)}>
                  {t('profile.removeLink', { number })}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <button ref={addButtonRef} type="button" className="button button-secondary" onClick={add} disabled={links.length >= maxLinks}>
        {t('profile.addLink')}
      </button>
      <FieldMessage id="links-error" message={groupError} />
    </fieldset>
  );
}
