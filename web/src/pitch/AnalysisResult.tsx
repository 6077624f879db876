import { useTranslation } from 'react-i18next';
import type { PitchCriterion, PitchSuggestion } from '../../../src/coach/pitch/analysis/types.ts';
import type { PitchAnalysis } from './pitchApi.ts';

const CRITERIA: readonly PitchCriterion[] = ['length', 'structure', 'sentences', 'clarity', 'listenerFocus', 'concreteness', 'ask'];

/** The suggestion with the weak phrase it quotes marked, or quoted before it when the message does not repeat it. */
function SuggestionText({ suggestion: { quote, message } }: { suggestion: PitchSuggestion }) {
  if (!quote) return <>{message}</>;
  const at = message.indexOf(quote);
  if (at < 0)
    return (
      <>
        <q className="suggestion-quote">{quote}</q> {message}
      </>
    );
  return (
    <>
      {message.slice(0, at)}
      <mark>{quote}</mark>
      {message.slice(at + quote.length)}
    </>
  );
}

interface AnalysisResultProps {
  /** Prefix of the ids inside, unique on the page. */
  id: string;
  title: string;
  analysis: PitchAnalysis;
}

/** Score with a meter, words and speaking time, a score per criterion and the suggestions. */
export function AnalysisResult({ id, title, analysis }: AnalysisResultProps) {
  const { t } = useTranslation();
  const score = Math.round(analysis.score);
  return (
    <div className="pitch-analysis">
      <h4>{title}</h4>
      <p className="pitch-score">
        <label htmlFor={`${id}-score`}>{t('pitch.analysis.score')}</label>
        <meter id={`${id}-score`} min={0} max={100} low={50} high={80} optimum={100} value={score} />
        <strong>{t('pitch.analysis.outOf', { score })}</strong>
      </p>
      <p>
        {t('pitch.analysis.length', { words: analysis.words, seconds: analysis.seconds, wpm: analysis.wordsPerMinute, target: analysis.targetSeconds })}
      </p>
      <h5>{t('pitch.analysis.criteriaTitle')}</h5>
      <ul className="pitch-criteria">
        {CRITERIA.map((criterion) => {
          const value = Math.round(analysis.criteria[criterion].score);
          return (
            <li key={criterion}>
              <span id={`${id}-${criterion}`}>{t(`pitch.analysis.criteria.${criterion}`)}</span>
              <meter aria-labelledby={`${id}-${criterion}`} min={0} max={100} low={50} high={80} optimum={100} value={value} />
              <span>{t('pitch.analysis.outOf', { score: value })}</span>
            </li>
          );
        })}
      </ul>
      <h5>{t('pitch.analysis.suggestionsTitle')}</h5>
      {analysis.suggestions.length > 0 ? (
        <ul className="pitch-suggestions" lang={analysis.language}>
          {analysis.suggestions.map((suggestion, index) => (
            <li key={index}>
              <SuggestionText suggestion={suggestion} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('pitch.analysis.noSuggestions')}</p>
      )}
    </div>
  );
}
