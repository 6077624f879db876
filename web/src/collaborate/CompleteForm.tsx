import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { collaborateApi } from './collaborateApi.ts';
import { NOTE_MAX } from './limits.ts';
import { maxAmountCents, parseAmount } from './money.ts';
import { MoneyFields } from './MoneyFields.tsx';
import type { ProposalView } from './types.ts';

interface CompleteFormProps {
  proposal: ProposalView;
  onDone: (proposal: ProposalView, status: string) => void;
  onCancel: () => void;
}

/** Closing a collaboration under way with the value it produced (zero is a fair answer) and a note. */
export function CompleteForm({ proposal, onDone, onCancel }: CompleteFormProps) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(proposal.estimatedValue?.currency ?? 'EUR');
  const [note, setNote] = useState('');

  useEffect(() => {
    document.getElementById('outcomeValueCents')?.focus();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = parseAmount(amount);
    const clientErrors: FieldError[] = [];
    if (!amount.trim()) clientErrors.push({ field: 'outcomeValueCents', message: t('validation.required') });
    else if (cents === undefined || cents > maxAmountCents) clientErrors.push({ field: 'outcomeValueCents', message: t('collaborate.money.invalid') });
    if (note.trim().length > NOTE_MAX) clientErrors.push({ field: 'note', message: t('validation.tooLong', { max: NOTE_MAX }) });
    await submit(
      async () => onDone(await collaborateApi.complete(proposal.id, { amountCents: cents ?? 0, currency }, note.trim()), t('collaborate.proposal.done.complete')),
      clientErrors,
    );
  };

  const labels = { outcomeValueCents: t('collaborate.proposal.outcomeValue'), currency: t('collaborate.money.currency'), note: t('collaborate.proposal.outcomeNote') };
  return (
    <form id="complete-form" noValidate className="inline-form" onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={errors} message={message} labels={labels} />
      <MoneyFields
        ids={{ amount: 'outcomeValueCents', currency: 'currency' }}
        label={labels.outcomeValueCents}
        hint={t('collaborate.proposal.outcomeHint')}
        amount={amount}
        currency={currency}
        onAmount={setAmount}
        onCurrency={setCurrency}
        amountError={errorFor(errors, 'outcomeValueCents')}
        currencyError={errorFor(errors, 'currency')}
        required
      />
      <TextAreaField name="note" label={labels.note} value={note} onChange={setNote} maxLength={NOTE_MAX} rows={2} error={errorFor(errors, 'note')} />
      <div className="actions">
        <SubmitButton sending={sending}>{t('collaborate.proposal.completeSend')}</SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
