import { useTranslation } from 'react-i18next';

/** The error text shown next to a field; referenced by the field's aria-describedby. */
export function FieldMessage({ id, message }: { id: string; message?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}
