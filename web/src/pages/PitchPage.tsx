import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { PitchBuilder } from '../pitch/PitchBuilder.tsx';
import { pitchApi } from '../pitch/pitchApi.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** `/coach/pitch` (`?for=<slug>` tailors it to that member): the pitch builder. */
export function PitchPage() {
  const { t } = useTranslation();
  usePageTitle(t('pitch.title'));
  const [params] = useSearchParams();
  const draft = useApiData('pitch', (signal) => pitchApi.draft(signal));
  return (
    <div className="stack pitch-page">
      <h1>{t('pitch.title')}</h1>
      <p className="lead">{t('pitch.intro')}</p>
      <LoadStatus state={draft.state} />
      {draft.state.status === 'ready' && <PitchBuilder initial={draft.state.data} tailorFor={params.get('for') ?? ''} />}
    </div>
  );
}
