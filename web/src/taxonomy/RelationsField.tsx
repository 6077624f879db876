import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { FieldMessage } from '../components/FieldMessage.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import type { ConceptSummary, RelationChoice } from '../types.ts';
import { ConceptPicker } from './ConceptPicker.tsx';

export interface ChosenRelation {
  type: RelationChoice;
  concept: ConceptSummary;
}

const RELATION_CHOICES = ['complements', 'supplies', 'supplied-by', 'competes'] as const satisfies readonly RelationChoice[];

const isRelationChoice = (value: string): value is RelationChoice => (RELATION_CHOICES as readonly string[]).includes(value);

interface RelationsFieldProps {
  relations: readonly ChosenRelation[];
  onChange: (relations: ChosenRelation[]) => void;
  /** Server errors for `relations/<i>/conceptId`. */
  errors: readonly FieldError[];
}

/** How the new concept relates to existing ones: chosen one at a time, listed, removable. */
export function RelationsField({ relations, onChange, errors }: RelationsFieldProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<RelationChoice>('complements');
  const [concept, setConcept] = useState<ConceptSummary | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [localError, setLocalError] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const describe = (relation: ChosenRelation) => t('taxonomy.relations.item', { type: t(`taxonomy.relations.${relation.type}`), concept: relation.concept.label });

  const add = () => {
    if (!concept) return setLocalError(t('taxonomy.relations.chooseConcept'));
    if (relations.some((relation) => relation.concept.id === concept.id)) return setLocalError(t('taxonomy.relations.duplicate'));
    const relation = { type, concept };
    onChange([...relations, relation]);
    setLocalError(undefined);
    setConcept(null);
    setPickerKey((key) => key + 1);
    setAnnouncement(t('chips.added', { item: describe(relation) }));
  };

  const remove = (index: number) => {
    onChange(relations.filter((_, position) => position !== index));
    setAnnouncement(t('chips.removed', { item: describe(relations[index]!) }));
    document.getElementById('relation-concept')?.focus();
  };

  return (
    <fieldset className="field field-group">
      <legend>{t('taxonomy.relations.legend')}</legend>
      <p className="field-hint">{t('taxonomy.relations.hint')}</p>
      {relations.length > 0 && (
        <ul className="relation-rows">
          {relations.map((relation, index) => {
            const id = `relations-${index}-conceptId`;
            const error = errorFor(errors, `relations/${index}/conceptId`);
            return (
              <li key={relation.concept.id} id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
                <span>{describe(relation)}</span>
                <button type="button" className="button button-quiet" onClick={() => remove(index)} aria-label={t('taxonomy.relations.remove', { item: describe(relation) })}>
                  {t('taxonomy.remove')}
                </button>
                <FieldMessage id={`${id}-error`} message={error} />
              </li>
            );
          })}
        </ul>
      )}
      <SelectField
        name="relation-type"
        label={t('taxonomy.relations.type')}
        value={type}
        options={RELATION_CHOICES.map((choice) => ({ value: choice, label: t(`taxonomy.relations.${choice}`) }))}
        onChange={(value) => isRelationChoice(value) && setType(value)}
      />
      <ConceptPicker
        key={pickerKey}
        id="relation-concept"
        label={t('taxonomy.relations.concept')}
        hint={t('taxonomy.picker.hint')}
        value={concept}
        onChange={(chosen) => {
          setConcept(chosen);
          setLocalError(undefined);
        }}
        error={localError}
      />
      <button type="button" className="button button-secondary" onClick={add}>
        {t('taxonomy.relations.add')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
