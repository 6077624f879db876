import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { FormSection } from '../components/FormSection.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { pitchLanguages, pitchLimits, pitchPartNames, type PitchLanguage, type PitchParts } from '../../../src/coach/pitch/model.ts';

interface PartsFieldsProps {
  language: PitchLanguage;
  onLanguage: (language: PitchLanguage) => void;
  parts: PitchParts;
  onPart: (change: Partial<PitchParts>) => void;
  errors: readonly FieldError[];
  onGenerate: () => void;
  /** Why nothing was generated (no part written), shown by the button. */
  generateProblem: string;
}

/** The six parts of the pitch, each with an example, its language, and "Generate the three versions". */
export function PartsFields({ language, onLanguage, parts, onPart, errors, onGenerate, generateProblem }: PartsFieldsProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('pitch.parts.title')}>
      <p>{t('pitch.parts.lead')}</p>
      <SelectField
        name="language"
        label={t('pitch.parts.language')}
        hint={t('pitch.parts.languageHint')}
        value={language}
        options={pitchLanguages.map((value) => ({ value, label: t(`languages.${value}`) }))}
        onChange={(value) => onLanguage(value === 'en' ? 'en' : 'es')}
        error={errorFor(errors, 'language')}
      />
      {pitchPartNames.map((name) => (
        <TextAreaField
          key={name}
          id={`parts-${name}`}
          name={name}
          label={t(`pitch.parts.${name}`)}
          hint={t(`pitch.parts.${name}Hint`)}
          value={parts[name]}
          onChange={(value) => onPart({ [name]: value })}
          maxLength={pitchLimits.part}
          rows={2}
          error={errorFor(errors, `parts/${name}`)}
        />
      ))}
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onGenerate} aria-describedby="generate-hint">
          {t('pitch.parts.generate')}
        </button>
      </div>
      <p id="generate-hint" className="field-hint">
        {t('pitch.parts.generateHint')}
      </p>
      {generateProblem && (
        <p role="alert" className="notice notice-error">
          {generateProblem}
        </p>
      )}
    </FormSection>
  );
}
