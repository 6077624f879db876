import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { FormSection } from '../components/FormSection.tsx';
import { Loading } from '../components/Loading.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { meetingsApi } from '../meetings/meetingsApi.ts';
import { useApiData } from '../meetings/useApiData.ts';

/** The private address calendar apps subscribe to: copy it, replace it with a new one, or turn it off. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const feed = useApiData('calendar-feed', (signal) => meetingsApi.calendarFeed(signal));
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const url = feed.state.status === 'ready' ? feed.state.data.url : null;

  const run = async (action: () => Promise<string | null>, done: string) => {
    setSending(true);
    setError(null);
    setStatus('');
    try {
      feed.set({ url: await action() });
      setStatus(done);
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure.message);
    } finally {
      setSending(false);
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('calendarFeed.copied'));
    } catch {
      document.getElementById('calendarFeedUrl')?.focus();
      setStatus(t('calendarFeed.copyByHand'));
    }
  };

  return (
    <FormSection title={t('calendarFeed.title')}>
      <p>{t('calendarFeed.intro')}</p>
      {feed.state.status === 'loading' && <Loading />}
      {feed.state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {feed.state.message}
        </p>
      )}
      {feed.state.status === 'ready' && url && (
        <div className="field">
          <label htmlFor="calendarFeedUrl">{t('calendarFeed.url')}</label>
          <p id="calendarFeedUrl-hint" className="field-hint">
            {t('calendarFeed.urlHint')}
          </p>
          <input id="calendarFeedUrl" type="text" readOnly value={url} aria-describedby="calendarFeedUrl-hint" onFocus={(event) => event.target.select()} />
        </div>
      )}
      {feed.state.status === 'ready' && (
        <div className="actions">
          {url ? (
            <>
              <button type="button" className="button" onClick={() => void copy()}>
                {t('calendarFeed.copy')}
              </button>
              <button type="button" className="button button-secondary" disabled={sending} onClick={() => void run(async () => (await meetingsApi.newCalendarFeed()).url, t('calendarFeed.rotated'))}>
                {t('calendarFeed.rotate')}
              </button>
              <button type="button" className="button button-quiet" disabled={sending} onClick={() => void run(async () => (await meetingsApi.revokeCalendarFeed(), null), t('calendarFeed.revoked'))}>
                {t('calendarFeed.revoke')}
              </button>
            </>
          ) : (
            <button type="button" className="button" disabled={sending} onClick={() => void run(async () => (await meetingsApi.newCalendarFeed()).url, t('calendarFeed.created'))}>
              {t('calendarFeed.create')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      <StatusMessage message={status} />
    </FormSection>
  );
}
