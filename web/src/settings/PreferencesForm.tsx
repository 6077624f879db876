import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormSection } from '../components/FormSection.tsx';
import { LocaleSelect } from '../components/LocaleSelect.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextField } from '../components/TextField.tsx';
import { checkName } from '../forms/accountValidation.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { useMe, useSession } from '../session/useSession.ts';
import type { Locale, Me, PicksPerWeek } from '../types.ts';
import { PicksPerWeekSelect } from './PicksPerWeekSelect.tsx';
import { timeZoneOptions } from './timeZones.ts';

export function PreferencesForm() {
  const { t } = useTranslation();
  const me = useMe();
  const { setMe } = useSession();
  const { sending, errors, message, submit } = useSubmission();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<Locale>(me.locale);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [picksPerWeek, setPicksPerWeek] = useState<PicksPerWeek>(me.picksPerWeek);
  const [status, setStatus] = useState('');
  const zones = useMemo(() => timeZoneOptions(me.timeZone), [me.timeZone]);

  // The header's language switcher can change the account language while this form is open.
  useEffect(() => setLocale(me.locale), [me.locale]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const ok = await submit(async () => {
      setMe(await api.put<Me>('/api/me/settings', { name: name.trim(), locale, timeZone, picksPerWeek }));
    }, checkName('name', name, t));
    // `t` here still speaks the old language; ask i18next for the new one.
    if (ok) setStatus(t('settings.saved', { lng: locale }));
  };

  return (
    <FormSection title={t('settings.preferences')}>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
        <ErrorSummary
          errors={errors}
          message={message}
          labels={{
            name: t('profile.name'),
            locale: t('settings.locale'),
            timeZone: t('settings.timeZone'),
            picksPerWeek: t('settings.picksPerWeek'),
          }}
        />
        <TextField name="name" label={t('profile.name')} value={name} onChange={setName} required autoComplete="name" error={errorFor(errors, 'name')} />
        <LocaleSelect value={locale} onChange={setLocale} error={errorFor(errors, 'locale')} />
        <SelectField
          name="timeZone"
          label={t('settings.timeZone')}
          value={timeZone}
          options={zones}
          onChange={setTimeZone}
          required
          error={errorFor(errors, 'timeZone')}
        />
        <PicksPerWeekSelect value={picksPerWeek} onChange={setPicksPerWeek} error={errorFor(errors, 'picksPerWeek')} />
        <SubmitButton sending={sending}>{t('settings.savePreferences')}</SubmitButton>
        <StatusMessage message={status} />
      </form>
    </FormSection>
  );
}
