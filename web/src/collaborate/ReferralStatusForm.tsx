import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { RadioGroupField } from '../components/RadioGroupField.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { collaborateApi } from './collaborateApi.ts';
import { NOTE_MAX } from './limits.ts';
import { maxAmountCents, parseAmount } from './money.ts';
import { MoneyFields } from './MoneyFields.tsx';
import type { ReferralStatus, ReferralView } from './types.ts';

interface ReferralStatusFormProps {
  referral: ReferralView;
  onDone: (referral: ReferralView, status: string) => void;
}

/** The receiver moves the referral on: contacted, meeting, then won (with the closed value) or lost. */
export function ReferralStatusForm({ referral, onDone }: ReferralStatusFormProps) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const steps = referral.nextSteps.filter((step) => step !== 'withdrawn');
  const [next, setNext] = useState<ReferralStatus>(steps[0]!);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [note, setNote] = useState('');
  const won = next === 'won';
  const giver = referral.other.name || t('profile.unnamed');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = parseAmount(amount);
    const clientErrors: FieldError[] = [];
    if (won && !amount.trim()) clientErrors.push({ field: 'valueCents', message: t('collaborate.referral.valueRequired') });
    else if (won && (cents === undefined || cents < 1 || cents > maxAmountCents)) clientErrors.push({ field: 'valueCents', message: t('collaborate.money.invalid') });
    if (note.trim().length > NOTE_MAX) clientErrors.push({ field: 'note', message: t('validation.tooLong', { max: NOTE_MAX }) });
    await submit(async () => {
      const moved = await collaborateApi.moveReferral(referral.id, next, won ? { amountCents: cents ?? 0, currency } : null, note.trim());
      onDone(moved, t('collaborate.referral.done.moved', { status: t(`collaborate.referralStatuses.${next}`) }));
    }, clientErrors);
  };

  const labels = { status: t('collaborate.referral.nextStep'), valueCents: t('collaborate.referral.value'), currency: t('collaborate.money.currency'), note: t('collaborate.referral.note') };
  return (
    <form noValidate className="form" aria-labelledby="referral-move-title" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="referral-move-title">{t('collaborate.referral.moveTitle')}</h3>
      <ErrorSummary errors={errors} message={message} labels={labels} />
      <RadioGroupField
        name="status"
        legend={labels.status}
        options={steps.map((step) => ({ value: step, label: t(`collaborate.referralStatuses.${step}`), description: t(`collaborate.referral.stepHelp.${step}`, { name: giver }) }))}
        value={next}
        onChange={(value) => setNext(steps.find((step) => step === value) ?? next)}
        error={errorFor(errors, 'status')}
      />
      {won && (
        <MoneyFields
          ids={{ amount: 'valueCents', currency: 'currency' }}
          label={labels.valueCents}
          hint={t('collaborate.referral.valueHint', { name: giver })}
          amount={amount}
          currency={currency}
          onAmount={setAmount}
          onCurrency={setCurrency}
          amountError={errorFor(errors, 'valueCents')}
          currencyError={errorFor(errors, 'currency')}
          required
        />
      )}
      <TextAreaField name="note" label={labels.note} hint={t('collaborate.referral.noteHint', { name: giver })} value={note} onChange={setNote} maxLength={NOTE_MAX} rows={2} error={errorFor(errors, 'note')} />
      <SubmitButton sending={sending}>{t('collaborate.referral.update')}</SubmitButton>
    </form>
  );
}
