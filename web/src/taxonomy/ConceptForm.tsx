import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type FieldError } from '../api.ts';
import { CheckboxGroupField } from '../components/CheckboxGroupField.tsx';
import { ChipListField } from '../components/ChipListField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormSection } from '../components/FormSection.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextField } from '../components/TextField.tsx';
import type { Option } from '../data/option.ts';
import { errorFor, errorsWithin, errorWithin } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import type { ConceptAddition, ConceptInput, ConceptKind, Spheres } from '../types.ts';
import { checkTerm, TERM_MAX } from './checkTerm.ts';
import { RelationsField, type ChosenRelation } from './RelationsField.tsx';

const KINDS = ['service', 'product', 'customer', 'profession'] as const satisfies readonly ConceptKind[];
const MAX_SPHERES = 2;
const MAX_SYNONYMS = 20;

const isKind = (value: string): value is ConceptKind => (KINDS as readonly string[]).includes(value);

/** A concept the taxonomy lacks, with its names in both languages, spheres and relations. */
export function ConceptForm({ onAdded }: { onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [kind, setKind] = useState<ConceptKind>('service');
  const [labelEs, setLabelEs] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [synonymsEs, setSynonymsEs] = useState<string[]>([]);
  const [synonymsEn, setSynonymsEn] = useState<string[]>([]);
  const [spheres, setSpheres] = useState<string[]>([]);
  const [sphereOptions, setSphereOptions] = useState<Option[]>([]);
  const [relations, setRelations] = useState<ChosenRelation[]>([]);
  const [status, setStatus] = useState('');

  // Sphere names come in the interface language.
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<Spheres>('/api/taxonomy/spheres', controller.signal)
      .then(({ items }) => setSphereOptions(items.map((sphere) => ({ value: sphere.id, label: sphere.label }))))
      .catch(() => {});
    return () => controller.abort();
  }, [i18n.resolvedLanguage]);

  const clientErrors = (): FieldError[] => [
    ...checkTerm('label/es', labelEs, t),
    ...checkTerm('label/en', labelEn, t),
    ...(spheres.length > MAX_SPHERES ? [{ field: 'spheres', message: t('taxonomy.concept.tooManySpheres', { max: MAX_SPHERES }) }] : []),
  ];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    let added: ConceptAddition | undefined;
    const ok = await submit(async () => {
      const input: ConceptInput = {
        kind,
        label: { es: labelEs.trim(), en: labelEn.trim() },
        synonyms: { es: synonymsEs, en: synonymsEn },
        spheres,
        relations: relations.map(({ type, concept }) => ({ type, conceptId: concept.id })),
      };
      added = await api.post<ConceptAddition>('/api/taxonomy/additions/concepts', input);
    }, clientErrors());
    if (!ok || !added) return;
    setStatus(t('taxonomy.concept.added', { label: added.label[i18n.resolvedLanguage === 'en' ? 'en' : 'es'] }));
    setLabelEs('');
    setLabelEn('');
    setSynonymsEs([]);
    setSynonymsEn([]);
    setSpheres([]);
    setRelations([]);
    onAdded();
  };

  return (
    <FormSection title={t('taxonomy.concept.title')}>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
        <p className="form-note">{t('taxonomy.concept.intro')}</p>
        <ErrorSummary
          errors={errors}
          message={message}
          labels={{
            kind: t('taxonomy.concept.kind'),
            'label/es': t('taxonomy.concept.labelEs'),
            'label/en': t('taxonomy.concept.labelEn'),
            'synonyms/es': t('taxonomy.concept.synonymsEs'),
            'synonyms/en': t('taxonomy.concept.synonymsEn'),
            spheres: t('taxonomy.concept.spheres'),
            relations: t('taxonomy.relations.legend'),
          }}
        />
        <SelectField
          name="kind"
          label={t('taxonomy.concept.kind')}
          hint={t('taxonomy.concept.kindHint')}
          value={kind}
          options={KINDS.map((value) => ({ value, label: t(`taxonomy.kinds.${value}`) }))}
          onChange={(value) => isKind(value) && setKind(value)}
          required
          error={errorFor(errors, 'kind')}
        />
        <TextField name="label-es" label={t('taxonomy.concept.labelEs')} value={labelEs} onChange={setLabelEs} required autoComplete="off" error={errorFor(errors, 'label/es')} />
        <TextField
          name="label-en"
          label={t('taxonomy.concept.labelEn')}
          hint={t('taxonomy.concept.labelEnHint')}
          value={labelEn}
          onChange={setLabelEn}
          required
          autoComplete="off"
          error={errorFor(errors, 'label/en')}
        />
        <ChipListField
          name="synonyms-es"
          label={t('taxonomy.concept.synonymsEs')}
          hint={t('taxonomy.concept.synonymsHint')}
          addLabel={t('taxonomy.concept.addSynonymEs')}
          items={synonymsEs}
          onChange={setSynonymsEs}
          maxItems={MAX_SYNONYMS}
          maxLength={TERM_MAX}
          errors={errorsWithin(errors, 'synonyms/es')}
        />
        <ChipListField
          name="synonyms-en"
          label={t('taxonomy.concept.synonymsEn')}
          hint={t('taxonomy.concept.synonymsHint')}
          addLabel={t('taxonomy.concept.addSynonymEn')}
          items={synonymsEn}
          onChange={setSynonymsEn}
          maxItems={MAX_SYNONYMS}
          maxLength={TERM_MAX}
          errors={errorsWithin(errors, 'synonyms/en')}
        />
        <CheckboxGroupField
          name="spheres"
          legend={t('taxonomy.concept.spheres')}
          hint={t('taxonomy.concept.spheresHint', { max: MAX_SPHERES })}
          options={sphereOptions}
          values={spheres}
          onChange={setSpheres}
          error={errorWithin(errors, 'spheres')}
        />
        <RelationsField relations={relations} onChange={setRelations} errors={errorsWithin(errors, 'relations')} />
        <SubmitButton sending={sending}>{t('taxonomy.concept.submit')}</SubmitButton>
        <StatusMessage message={status} />
      </form>
    </FormSection>
  );
}
