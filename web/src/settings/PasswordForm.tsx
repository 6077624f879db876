import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormSection } from '../components/FormSection.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { checkNewPassword, checkPresent } from '../forms/accountValidation.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';

export function PasswordForm() {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [status, setStatus] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const clientErrors = [...checkPresent('currentPassword', currentPassword, t), ...checkNewPassword('newPassword', newPassword, t)];
    const ok = await submit(async () => {
      await api.put<void>('/api/me/password', { currentPassword, newPassword });
    }, clientErrors);
    if (!ok) return;
    setCurrentPassword('');
    setNewPassword('');
    setStatus(t('settings.passwordChanged'));
  };

  return (
    <FormSection title={t('settings.passwordTitle')}>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
        <ErrorSummary
          errors={errors}
          message={message}
          labels={{ currentPassword: t('settings.currentPassword'), newPassword: t('settings.newPassword') }}
        />
        <PasswordField
          purpose="current"
          name="currentPassword"
          label={t('settings.currentPassword')}
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errorFor(errors, 'currentPassword')}
        />
        <PasswordField
          purpose="new"
          name="newPassword"
          label={t('settings.newPassword')}
          value={newPassword}
          onChange={setNewPassword}
          error={errorFor(errors, 'newPassword')}
        />
        <SubmitButton sending={sending}>{t('settings.changePassword')}</SubmitButton>
        <StatusMessage message={status} />
      </form>
    </FormSection>
  );
}
