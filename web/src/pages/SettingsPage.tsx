import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../usePageTitle.ts';
import { CalendarFeedSection } from '../settings/CalendarFeedSection.tsx';
import { MeetingsSection } from '../settings/MeetingsSection.tsx';
import { LogOutSection } from '../settings/LogOutSection.tsx';
import { PasswordForm } from '../settings/PasswordForm.tsx';
import { PreferencesForm } from '../settings/PreferencesForm.tsx';

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('titles.settings'));
  return (
    <div className="narrow stack">
      <h1>{t('settings.title')}</h1>
      <PreferencesForm />
      <MeetingsSection />
      <CalendarFeedSection />
      <PasswordForm />
      <LogOutSection />
    </div>
  );
}
