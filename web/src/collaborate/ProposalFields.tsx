import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { SelectField } from '../components/SelectField.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { TextField } from '../components/TextField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { DateField } from './DateField.tsx';
import { DESCRIPTION_MAX, NEXT_STEPS_MAX, PART_MAX } from './limits.ts';
import { MoneyFields } from './MoneyFields.tsx';
import type { PartDraft, ProposalDraft } from './proposalDraft.ts';
import { proposalFormats } from './types.ts';

interface ProposalFieldsProps {
  draft: ProposalDraft;
  onChange: (draft: ProposalDraft) => void;
  errors: readonly FieldError[];
  /** Each part's path in the server's errors, in the draft's order (the viewer's first). */
  partPaths: readonly string[];
}

/** The labels of every field, for the error summary. */
export function useProposalFieldLabels(draft: ProposalDraft, partPaths: readonly string[]): Record<string, string> {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    format: t('collaborate.proposalForm.format'),
    title: t('collaborate.proposalForm.title'),
    description: t('collaborate.proposalForm.description'),
    'estimatedValue/amountCents': t('collaborate.proposalForm.estimatedValue'),
    'estimatedValue/currency': t('collaborate.money.currency'),
    estimatedValue: t('collaborate.proposalForm.estimatedValue'),
    nextSteps: t('collaborate.proposalForm.nextSteps'),
    startsOn: t('collaborate.proposalForm.startsOn'),
    endsOn: t('collaborate.proposalForm.endsOn'),
  };
  draft.parts.forEach((part, index) => {
    const path = partPaths[index]!;
    const who = index === 0 ? t('collaborate.proposalForm.yourPart') : t('collaborate.proposalForm.theirPart', { name: part.name });
    labels[`${path}/gives`] = `${who} · ${t('collaborate.proposalForm.gives')}`;
    labels[`${path}/gets`] = `${who} · ${t('collaborate.proposalForm.gets')}`;
    labels[`${path}/member`] = who;
  });
  return labels;
}

/** The content of a proposal: what, for whom, each side's part, the value, next steps and dates. */
export function ProposalFields({ draft, onChange, errors, partPaths }: ProposalFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ProposalDraft>(key: K) => (value: ProposalDraft[K]) => onChange({ ...draft, [key]: value });
  const setPart = (index: number, change: Partial<PartDraft>) =>
    onChange({ ...draft, parts: draft.parts.map((part, i) => (i === index ? { ...part, ...change } : part)) });
  const formatOptions = proposalFormats.map((format) => ({ value: format, label: t(`collaborate.formats.${format}`) }));
  return (
    <>
      <SelectField
        name="format"
        label={t('collaborate.proposalForm.format')}
        value={draft.format}
        options={formatOptions}
        onChange={(value) => set('format')(proposalFormats.find((format) => format === value) ?? draft.format)}
        required
        error={errorFor(errors, 'format')}
      />
      <TextField name="title" label={t('collaborate.proposalForm.title')} value={draft.title} onChange={set('title')} required error={errorFor(errors, 'title')} />
      <TextAreaField
        name="description"
        label={t('collaborate.proposalForm.description')}
        hint={t('collaborate.proposalForm.descriptionHint')}
        value={draft.description}
        onChange={set('description')}
        maxLength={DESCRIPTION_MAX}
        rows={4}
        error={errorFor(errors, 'description')}
      />
      {draft.parts.map((part, index) => {
        const path = partPaths[index]!;
        const id = path.replaceAll('/', '-');
        const legend = index === 0 ? t('collaborate.proposalForm.yourPart') : t('collaborate.proposalForm.theirPart', { name: part.name });
        return (
          <fieldset key={part.member} className="field-group proposal-part" id={`${id}-member`} tabIndex={-1}>
            <legend>{legend}</legend>
            <TextAreaField
              id={`${id}-gives`}
              name={`${id}-gives`}
              label={index === 0 ? t('collaborate.proposalForm.youGive') : t('collaborate.proposalForm.theyGive', { name: part.name })}
              value={part.gives}
              onChange={(gives) => setPart(index, { gives })}
              maxLength={PART_MAX}
              rows={2}
              error={errorFor(errors, `${path}/gives`)}
            />
            <TextAreaField
              id={`${id}-gets`}
              name={`${id}-gets`}
              label={index === 0 ? t('collaborate.proposalForm.youGet') : t('collaborate.proposalForm.theyGet', { name: part.name })}
              value={part.gets}
              onChange={(gets) => setPart(index, { gets })}
              maxLength={PART_MAX}
              rows={2}
              error={errorFor(errors, `${path}/gets`)}
            />
          </fieldset>
        );
      })}
      <MoneyFields
        ids={{ amount: 'estimatedValue-amountCents', currency: 'estimatedValue-currency' }}
        label={t('collaborate.proposalForm.estimatedValue')}
        hint={t('collaborate.proposalForm.estimatedValueHint')}
        amount={draft.amount}
        currency={draft.currency}
        onAmount={set('amount')}
        onCurrency={set('currency')}
        amountError={errorFor(errors, 'estimatedValue/amountCents') ?? errorFor(errors, 'estimatedValue')}
        currencyError={errorFor(errors, 'estimatedValue/currency')}
      />
      <TextAreaField
        name="nextSteps"
        label={t('collaborate.proposalForm.nextSteps')}
        value={draft.nextSteps}
        onChange={set('nextSteps')}
        maxLength={NEXT_STEPS_MAX}
        rows={3}
        error={errorFor(errors, 'nextSteps')}
      />
      <div className="date-fields">
        <DateField name="startsOn" label={t('collaborate.proposalForm.startsOn')} value={draft.startsOn} onChange={set('startsOn')} error={errorFor(errors, 'startsOn')} />
        <DateField name="endsOn" label={t('collaborate.proposalForm.endsOn')} value={draft.endsOn} onChange={set('endsOn')} error={errorFor(errors, 'endsOn')} />
      </div>
    </>
  );
}
