import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { obstacles, type ObstacleKey } from '../../../src/coach/obstacles/obstacles.ts';
import { api } from '../api.ts';
import { CheckboxGroupField } from '../components/CheckboxGroupField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { errorWithin } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { useApiData } from '../meetings/useApiData.ts';
import { FirstSteps } from '../obstacles/FirstSteps.tsx';
import { usePageTitle } from '../usePageTitle.ts';

interface Answer {
  obstacles: ObstacleKey[];
}

/**
 * `/coach/obstacles`: what holds the member back, each obstacle answered with a reframe and one
 * first step. Onboarding ends here (`?from=onboarding`), and the coach hub links here to revisit.
 */
export function ObstaclesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const fromOnboarding = params.get('from') === 'onboarding';
  const { state, set } = useApiData('obstacles', (signal) => api.get<Answer>('/api/me/obstacles', signal));
  // What is ticked: the saved answer until the member changes it.
  const [ticked, setTicked] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');
  const [answeredNow, setAnsweredNow] = useState(false);
  const [focusResults, setFocusResults] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const { sending, errors, message, submit } = useSubmission();
  usePageTitle(t('obstacles.title'));

  useEffect(() => {
    if (!focusResults) return;
    resultsHeading.current?.focus();
    setFocusResults(false);
  }, [focusResults]);

  const saved = state.status === 'ready' ? state.data.obstacles : [];
  const options = obstacles.map(({ key }) => ({ value: key, label: t(`obstacles.items.${key}.excuse`) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    await submit(async () => {
      const answer = await api.put<Answer>('/api/me/obstacles', { obstacles: ticked ?? saved });
      set(answer);
      setTicked(null);
      setAnsweredNow(true);
      setStatus(t(answer.obstacles.length ? 'obstacles.saved' : 'obstacles.savedNone'));
      setFocusResults(answer.obstacles.length > 0);
    });
  };

  return (
    <div className="narrow stack">
      <h1>{t('obstacles.title')}</h1>
      {fromOnboarding && <p>{t('obstacles.fromOnboarding')}</p>}
      <p className="lead">{t('obstacles.intro')}</p>
      <LoadStatus state={state} />
      {state.status === 'ready' && (
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
          <ErrorSummary errors={errors} message={message} labels={{ obstacles: t('obstacles.legend') }} />
          <CheckboxGroupField
            name="obstacles"
            legend={t('obstacles.legend')}
            hint={t('obstacles.hint')}
            options={options}
            values={ticked ?? saved}
            onChange={setTicked}
            error={errorWithin(errors, 'obstacles')}
          />
          <div className="actions">
            <SubmitButton sending={sending}>{t('obstacles.save')}</SubmitButton>
            {fromOnboarding && !answeredNow && (
              <Link className="button button-secondary" to="/profile">
                {t('obstacles.skip')}
              </Link>
            )}
          </div>
        </form>
      )}
      <StatusMessage message={status} />
      {saved.length > 0 && <FirstSteps chosen={saved} headingRef={resultsHeading} />}
      {fromOnboarding && answeredNow && (
        <p className="actions">
          <Link className="button button-secondary" to="/profile">
            {t('obstacles.continue')}
          </Link>
        </p>
      )}
    </div>
  );
}
