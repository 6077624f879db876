import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { RadioGroupField } from '../components/RadioGroupField.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { useSubmission } from '../forms/useSubmission.ts';
import type { DiscoverFeedback } from '../types.ts';

type SkipReason = Exclude<DiscoverFeedback, 'interested'>;

interface SkipFormProps {
  id: string;
  /** Unique per card on the page; the radio group's name and ids are derived from it. */
  idBase: string;
  slug: string;
  name: string;
  onSkipped: (reason: SkipReason) => void;
  onCancel: () => void;
}

/** Skipping a recommendation says why, so later recommendations improve. */
export function SkipForm({ id, idBase, slug, name, onSkipped, onCancel }: SkipFormProps) {
  const { t } = useTranslation();
  const { sending, message, submit } = useSubmission();
  const [reason, setReason] = useState<SkipReason>('not-relevant');
  const groupName = `skip-${idBase}`;
  const options = [
    { value: 'not-relevant', label: t('discover.skipNotRelevant'), description: t('discover.skipNotRelevantHint') },
    { value: 'competitor', label: t('discover.skipCompetitor'), description: t('discover.skipCompetitorHint') },
  ] as const;

  useEffect(() => {
    document.getElementById(`${groupName}-not-relevant`)?.focus();
  }, [groupName]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(async () => {
      await api.post<void>('/api/discover/feedback', { slug, kind: reason });
    });
    if (ok) onSkipped(reason);
  };

  return (
    <form id={id} noValidate className="inline-form" onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={[]} message={message} />
      <RadioGroupField
        name={groupName}
        legend={t('discover.skipLegend', { name })}
        options={options}
        value={reason}
        onChange={(value) => setReason(value === 'competitor' ? 'competitor' : 'not-relevant')}
      />
      <div className="actions">
        <SubmitButton sending={sending} accessibleName={t('discover.confirmSkipOf', { name })}>
          {t('discover.confirmSkip')}
        </SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
