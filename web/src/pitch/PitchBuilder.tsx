import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { composePitch } from '../../../src/coach/pitch/compose/compose-pitch.ts';
import {
  pitchLimits,
  pitchPartNames,
  pitchVersionNames,
  versionSeconds,
  type PitchParts,
  type PitchVersionName,
  type PitchVersions,
} from '../../../src/coach/pitch/model.ts';
import { PartsFields } from './PartsFields.tsx';
import { pitchApi, type PitchDraft } from './pitchApi.ts';
import { TailorSection } from './TailorSection.tsx';
import { idleVersion, VersionCard, type VersionState } from './VersionCard.tsx';

const idleVersions = (): Record<PitchVersionName, VersionState> => ({ intro: idleVersion, elevator: idleVersion, long: idleVersion });

/** The builder: parts → three editable versions, each analysed and publishable; the draft saved; a version tailored to a contact. */
export function PitchBuilder({ initial, tailorFor }: { initial: PitchDraft; tailorFor: string }) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [saved, setSaved] = useState(initial);
  const [language, setLanguage] = useState(initial.language);
  const [parts, setParts] = useState(initial.parts);
  const [versions, setVersions] = useState(initial.versions);
  const [dirty, setDirty] = useState(false);
  const [states, setStates] = useState(idleVersions);
  const [generateProblem, setGenerateProblem] = useState('');
  const [generated, setGenerated] = useState('');
  const [saveStatus, setSaveStatus] = useState('');
  const versionsHeading = useRef<HTMLHeadingElement>(null);

  const edited = () => {
    setDirty(true);
    setSaveStatus('');
    setGenerated('');
  };
  const updateState = (name: PitchVersionName, change: Partial<VersionState>) =>
    setStates((current) => ({ ...current, [name]: { ...current[name], ...change } }));

  const tooLong = (field: string, text: string, max: number): FieldError[] =>
    text.length > max ? [{ field, message: t('validation.tooLong', { max }) }] : [];
  const clientErrors = (): FieldError[] => [
    ...pitchPartNames.flatMap((name) => tooLong(`parts/${name}`, parts[name], pitchLimits.part)),
    ...pitchVersionNames.flatMap((name) => tooLong(`versions/${name}`, versions[name], pitchLimits.version)),
  ];
  const persist = async () => {
    setSaved(await pitchApi.save({ language, parts, versions }));
    setDirty(false);
  };
  /** Saves first when something changed, so what the server uses is what the member sees. */
  const saveIfEdited = () => (dirty ? submit(persist, clientErrors()) : Promise.resolve(true));

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setSaveStatus('');
    if (await submit(persist, clientErrors())) setSaveStatus(t('pitch.versions.saved'));
  };

  const generate = () => {
    const composed = composePitch(parts, language);
    if (!pitchVersionNames.some((name) => composed[name])) {
      setGenerateProblem(t('pitch.parts.nothingToGenerate'));
      return;
    }
    setGenerateProblem('');
    setVersions(composed);
    setStates(idleVersions());
    edited();
    setGenerated(t('pitch.parts.generated'));
    versionsHeading.current?.focus();
  };

  const versionName = (name: PitchVersionName) => t(`pitch.versions.name.${name}`);
  const emptyVersion = (name: PitchVersionName) => updateState(name, { failure: t('pitch.versions.emptyVersion'), notice: '' });

  const analyze = async (name: PitchVersionName) => {
    if (!versions[name].trim()) return emptyVersion(name);
    updateState(name, { analyzing: true, failure: '', notice: t('pitch.versions.analyzing', { version: versionName(name) }) });
    try {
      const analysis = await pitchApi.analyze(versions[name], language, versionSeconds[name]);
      updateState(name, { analyzing: false, analysis, notice: t('pitch.analysis.ready', { score: Math.round(analysis.score) }) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      updateState(name, { analyzing: false, notice: '', failure: error.message || t('errors.generic') });
    }
  };

  const publish = async (name: PitchVersionName) => {
    if (!versions[name].trim()) return emptyVersion(name);
    updateState(name, { failure: '', notice: '' });
    const ok = await submit(async () => {
      if (dirty) await persist();
      setSaved(await pitchApi.publish(name));
    }, clientErrors());
    if (ok) updateState(name, { published: true, notice: t('pitch.versions.published', { version: versionName(name) }) });
  };

  const labels = {
    language: t('pitch.parts.language'),
    ...Object.fromEntries(pitchPartNames.map((name) => [`parts/${name}`, t(`pitch.parts.${name}`)])),
    ...Object.fromEntries(pitchVersionNames.map((name) => [`versions/${name}`, t(`pitch.versions.${name}.label`)])),
  };

  return (
    <>
      <form noValidate className="form pitch-form" onSubmit={(event) => void onSave(event)}>
        <ErrorSummary errors={errors} message={message} labels={labels} />
        <PartsFields
          language={language}
          onLanguage={(next) => {
            setLanguage(next);
            edited();
          }}
          parts={parts}
          onPart={(change: Partial<PitchParts>) => {
            setParts((current) => ({ ...current, ...change }));
            edited();
          }}
          errors={errors}
          onGenerate={generate}
          generateProblem={generateProblem}
        />
        <section className="form-section stack" aria-labelledby="versions-title">
          <h2 id="versions-title" ref={versionsHeading} tabIndex={-1}>
            {t('pitch.versions.title')}
          </h2>
          <p>{t('pitch.versions.lead')}</p>
          <StatusMessage message={generated} />
          <p className="field-hint">
            {saved.profilePitch ? (
              <>
                {t('pitch.versions.profileNow')} <q>{saved.profilePitch}</q>
              </>
            ) : (
              t('pitch.versions.profileEmpty')
            )}
          </p>
          {pitchVersionNames.map((name) => (
            <VersionCard
              key={name}
              name={name}
              text={versions[name]}
              onChange={(text: string) => {
                setVersions((current: PitchVersions) => ({ ...current, [name]: text }));
                updateState(name, { published: false, notice: '', failure: '' });
                edited();
              }}
              error={errorFor(errors, `versions/${name}`)}
              state={states[name]}
              publishing={sending}
              profileUrl={`/p/${saved.profileSlug}`}
              onAnalyze={() => void analyze(name)}
              onPublish={() => void publish(name)}
            />
          ))}
          <div className="actions pitch-save">
            <SubmitButton sending={sending}>{t('pitch.versions.save')}</SubmitButton>
            <StatusMessage message={saveStatus} />
          </div>
        </section>
      </form>
      <TailorSection tailorFor={tailorFor} beforeTailor={saveIfEdited} />
    </>
  );
}
