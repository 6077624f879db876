import { useTranslation } from 'react-i18next';

export function RequiredNote() {
  const { t } = useTranslation();
  return <p className="form-note">{t('form.requiredNote')}</p>;
}
