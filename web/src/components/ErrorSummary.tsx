import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { fieldIdFor } from '../forms/fieldErrors.ts';

interface ErrorSummaryProps {
  errors: readonly FieldError[];
  message: string | null;
  /**
   * Visible label of each field, used to prefix its messages: by path (`label/es`), by list
   * (`synonyms/es` for `synonyms/es/2`) or by top-level field (`offers`).
   */
  labels?: Readonly<Record<string, string>>;
}

function labelFor(labels: Readonly<Record<string, string>>, field: string): string | undefined {
  return labels[field] ?? labels[field.replace(/\/\d+$/, '')] ?? labels[field.split('/')[0] ?? ''];
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({ errors, message, labels = {} }: ErrorSummaryProps) {
  const { t } = useTranslation();
  if (errors.length === 0 && !message) return null;
  // The server's detail often repeats the only field message; then a generic title reads better.
  const title = message && !errors.some((error) => error.message === message) ? message : t('form.errorSummaryTitle');
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary-title">{title}</p>
      {errors.length > 0 && (
        <ul>
          {errors.map((error) => {
            const id = fieldIdFor(error.field);
            const label = labelFor(labels, error.field);
            return (
              <li key={`${error.field}:${error.message}`}>
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {label ? `${label}: ${error.message}` : error.message}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
