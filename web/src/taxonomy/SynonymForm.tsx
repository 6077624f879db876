import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormSection } from '../components/FormSection.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextField } from '../components/TextField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import type { ConceptSummary, Locale, SynonymAddition, SynonymInput } from '../types.ts';
import { useLocale } from '../useLocale.ts';
import { checkTerm } from './checkTerm.ts';
import { ConceptPicker } from './ConceptPicker.tsx';

/** Teaches an existing concept another way of saying it ("luthier" for handicrafts). */
export function SynonymForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const { sending, errors, message, submit } = useSubmission();
  const [concept, setConcept] = useState<ConceptSummary | null>(null);
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [term, setTerm] = useState('');
  const [status, setStatus] = useState('');
  /** Bumped after each addition, so the concept search starts empty again. */
  const [pickerKey, setPickerKey] = useState(0);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const clientErrors = [
      ...(concept ? [] : [{ field: 'conceptId', message: t('taxonomy.synonym.chooseConcept') }]),
      ...checkTerm('term', term, t),
    ];
    let added: SynonymAddition | undefined;
    const ok = await submit(async () => {
      const input: SynonymInput = { conceptId: concept!.id, locale, term: term.trim() };
      added = await api.post<SynonymAddition>('/api/taxonomy/additions/synonyms', input);
    }, clientErrors);
    if (!ok || !added) return;
    setStatus(t('taxonomy.synonym.added', { term: added.term, concept: added.conceptLabel }));
    setConcept(null);
    setTerm('');
    setPickerKey((key) => key + 1);
    onAdded();
  };

  return (
    <FormSection title={t('taxonomy.synonym.title')}>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
        <p className="form-note">{t('taxonomy.synonym.intro')}</p>
        <ErrorSummary
          errors={errors}
          message={message}
          labels={{ conceptId: t('taxonomy.synonym.concept'), locale: t('taxonomy.synonym.locale'), term: t('taxonomy.synonym.term') }}
        />
        <ConceptPicker
          key={pickerKey}
          id="conceptId"
          label={t('taxonomy.synonym.concept')}
          hint={t('taxonomy.picker.hint')}
          value={concept}
          onChange={setConcept}
          required
          error={errorFor(errors, 'conceptId')}
        />
        <SelectField
          name="locale"
          label={t('taxonomy.synonym.locale')}
          value={locale}
          options={[
            { value: 'es', label: t('taxonomy.languages.es') },
            { value: 'en', label: t('taxonomy.languages.en') },
          ]}
          onChange={(value) => setLocale(value === 'en' ? 'en' : 'es')}
          required
          error={errorFor(errors, 'locale')}
        />
        <TextField
          name="term"
          label={t('taxonomy.synonym.term')}
          hint={t('taxonomy.synonym.termHint')}
          value={term}
          onChange={setTerm}
          required
          autoComplete="off"
          error={errorFor(errors, 'term')}
        />
        <SubmitButton sending={sending}>{t('taxonomy.synonym.submit')}</SubmitButton>
        <StatusMessage message={status} />
      </form>
    </FormSection>
  );
}
