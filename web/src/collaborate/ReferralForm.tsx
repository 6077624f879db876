import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { FieldError } from '../api.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FieldMessage } from '../components/FieldMessage.tsx';
import { RadioGroupField } from '../components/RadioGroupField.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { TextField } from '../components/TextField.tsx';
import { checkEmail } from '../forms/accountValidation.ts';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { collaborateApi } from './collaborateApi.ts';
import { CONTACT_NAME_MAX, NEED_MAX } from './limits.ts';
import { referralPath } from './links.ts';
import { warmths, type Warmth } from './types.ts';

export interface ReferralDraft {
  name: string;
  company: string;
  need: string;
}

interface ReferralFormProps {
  /** The receiver. */
  slug: string;
  name: string;
  initial: ReferralDraft;
  meetingId?: string;
}

/** A referral for one member: who the third party is, how to reach them, what they need, how warm, and their consent. */
export function ReferralForm({ slug, name, initial, meetingId }: ReferralFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sending, errors, message, submit } = useSubmission();
  const [contactName, setContactName] = useState(initial.name);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [company, setCompany] = useState(initial.company);
  const [need, setNeed] = useState(initial.need);
  const [warmth, setWarmth] = useState<Warmth>('warm');
  const [consent, setConsent] = useState(false);

  const labels = {
    'contact/name': t('collaborate.referralForm.contactName'),
    'contact/email': t('collaborate.referralForm.email'),
    'contact/phone': t('collaborate.referralForm.phone'),
    'contact/company': t('collaborate.referralForm.company'),
    contact: t('collaborate.referralForm.reach'),
    need: t('collaborate.referralForm.need'),
    warmth: t('collaborate.referralForm.warmth'),
    consent: t('collaborate.referralForm.consent', { name }),
    to: t('collaborate.referralForm.to'),
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: FieldError[] = [];
    if (!contactName.trim()) clientErrors.push({ field: 'contact/name', message: t('validation.required') });
    if (contactName.trim().length > CONTACT_NAME_MAX) clientErrors.push({ field: 'contact/name', message: t('validation.tooLong', { max: CONTACT_NAME_MAX }) });
    if (email.trim()) clientErrors.push(...checkEmail('contact/email', email, t));
    if (!email.trim() && !phone.trim()) clientErrors.push({ field: 'contact', message: t('collaborate.referralForm.reachRequired') });
    if (!need.trim()) clientErrors.push({ field: 'need', message: t('validation.required') });
    if (need.trim().length > NEED_MAX) clientErrors.push({ field: 'need', message: t('validation.tooLong', { max: NEED_MAX }) });
    if (!consent) clientErrors.push({ field: 'consent', message: t('collaborate.referralForm.consentRequired') });
    const done: { id?: string } = {};
    await submit(async () => {
      const referral = await collaborateApi.giveReferral({
        to: slug,
        contact: {
          name: contactName.trim(),
          ...(email.trim() ? { email: email.trim() } : {}),
          ...(phone.trim() ? { phone: phone.trim() } : {}),
          ...(company.trim() ? { company: company.trim() } : {}),
        },
        need: need.trim(),
        warmth,
        consent,
        ...(meetingId ? { meetingId } : {}),
      });
      done.id = referral.id;
    }, clientErrors);
    if (done.id) navigate(referralPath(done.id), { state: { status: t('collaborate.referral.done.given', { name }) } });
  };

  const reachError = errorFor(errors, 'contact');
  return (
    <form noValidate className="form" onSubmit={(event) => void onSubmit(event)}>
      <RequiredNote />
      <ErrorSummary errors={errors} message={message} labels={labels} />
      <TextField
        name="contact-name"
        label={labels['contact/name']}
        hint={t('collaborate.referralForm.contactNameHint')}
        value={contactName}
        onChange={setContactName}
        required
        autoComplete="off"
        error={errorFor(errors, 'contact/name')}
      />
      <TextField name="contact-company" label={labels['contact/company']} value={company} onChange={setCompany} autoComplete="off" error={errorFor(errors, 'contact/company')} />
      <fieldset id="contact" tabIndex={-1} className="field-group" aria-describedby={reachError ? 'contact-error' : 'contact-hint'}>
        <legend>{labels.contact}</legend>
        <p id="contact-hint" className="field-hint">
          {t('collaborate.referralForm.reachHint')}
        </p>
        <TextField name="contact-email" type="email" label={labels['contact/email']} value={email} onChange={setEmail} inputMode="email" autoComplete="off" error={errorFor(errors, 'contact/email')} />
        <TextField name="contact-phone" label={labels['contact/phone']} value={phone} onChange={setPhone} autoComplete="off" error={errorFor(errors, 'contact/phone')} />
        <FieldMessage id="contact-error" message={reachError} />
      </fieldset>
      <TextAreaField name="need" label={labels.need} hint={t('collaborate.referralForm.needHint', { name })} value={need} onChange={setNeed} maxLength={NEED_MAX} rows={3} error={errorFor(errors, 'need')} />
      <RadioGroupField
        name="warmth"
        legend={labels.warmth}
        options={warmths.map((value) => ({ value, label: t(`collaborate.warmth.${value}.label`), description: t(`collaborate.warmth.${value}.description`) }))}
        value={warmth}
        onChange={(value) => setWarmth(warmths.find((choice) => choice === value) ?? warmth)}
        error={errorFor(errors, 'warmth')}
      />
      <CheckboxField
        name="consent"
        label={labels.consent}
        hint={t('collaborate.referralForm.consentHint')}
        checked={consent}
        onChange={setConsent}
        error={errorFor(errors, 'consent')}
      />
      <SubmitButton sending={sending} accessibleName={t('collaborate.referralForm.sendTo', { name })}>
        {t('collaborate.referralForm.send')}
      </SubmitButton>
    </form>
  );
}
