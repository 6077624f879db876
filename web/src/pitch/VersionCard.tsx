import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { pitchLimits, type PitchVersionName } from '../../../src/coach/pitch/model.ts';
import { AnalysisResult } from './AnalysisResult.tsx';
import type { PitchAnalysis } from './pitchApi.ts';

/** How one version stands: being analysed, its last analysis, what just happened to it. */
export interface VersionState {
  analyzing: boolean;
  analysis: PitchAnalysis | null;
  /** Announced politely: analysis ready, published. */
  notice: string;
  /** Announced at once: the analysis failed. */
  failure: string;
  published: boolean;
}

export const idleVersion: VersionState = { analyzing: false, analysis: null, notice: '', failure: '', published: false };

const rows: Record<PitchVersionName, number> = { intro: 3, elevator: 6, long: 10 };

interface VersionCardProps {
  name: PitchVersionName;
  text: string;
  onChange: (text: string) => void;
  error?: string;
  state: VersionState;
  publishing: boolean;
  profileUrl: string;
  onAnalyze: () => void;
  onPublish: () => void;
}

/** One version: its editable text, "Analyse" and "Publish on my profile", and what came of them. */
export function VersionCard({ name, text, onChange, error, state, publishing, profileUrl, onAnalyze, onPublish }: VersionCardProps) {
  const { t } = useTranslation();
  const version = t(`pitch.versions.name.${name}`);
  return (
    <section className="card stack pitch-version" aria-labelledby={`version-${name}-title`}>
      <h3 id={`version-${name}-title`}>{t(`pitch.versions.${name}.title`)}</h3>
      <TextAreaField
        id={`versions-${name}`}
        name={name}
        label={t(`pitch.versions.${name}.label`)}
        hint={t(`pitch.versions.${name}.hint`)}
        value={text}
        onChange={onChange}
        maxLength={pitchLimits.version}
        rows={rows[name]}
        error={error}
      />
      <div className="actions card-actions">
        <button type="button" className="button button-secondary" disabled={state.analyzing} onClick={onAnalyze} aria-label={t('pitch.versions.analyzeName', { version })}>
          {t('pitch.versions.analyze')}
        </button>
        <button type="button" className="button" disabled={publishing} onClick={onPublish} aria-label={t('pitch.versions.publishName', { version })}>
          {t('pitch.versions.publish')}
        </button>
      </div>
      <StatusMessage message={state.notice} />
      {state.published && (
        <p>
          <a href={profileUrl}>{t('pitch.versions.seeProfile')}</a>
        </p>
      )}
      {state.failure && (
        <p role="alert" className="notice notice-error">
          {state.failure}
        </p>
      )}
      {state.analysis && (
        <AnalysisResult id={`analysis-${name}`} title={t('pitch.analysis.titleOf', { version })} analysis={state.analysis} />
      )}
    </section>
  );
}
