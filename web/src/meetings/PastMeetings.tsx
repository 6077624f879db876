import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import type { Meeting } from '../types.ts';
import { MeetingList } from './MeetingList.tsx';
import { meetingsApi } from './meetingsApi.ts';

interface Pages {
  meetings: Meeting[];
  next: string | null;
}

/** Past meetings, newest first: the first page comes with the Meetings page, "Show more" adds the next. */
export function PastMeetings({ first, next, onChanged }: { first: Meeting[]; next: string | null; onChanged: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const [more, setMore] = useState<Pages>({ meetings: [], next });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  // The page was loaded again (after a change): start again from its first page.
  useEffect(() => setMore({ meetings: [], next }), [first, next]);

  const showMore = async () => {
    setLoading(true);
    setError('');
    try {
      const page = await meetingsApi.pastPage(more.next!);
      setMore((current) => ({ meetings: [...current.meetings, ...page.past], next: page.pastNext }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught.message || t('errors.generic'));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <MeetingList meetings={[...first, ...more.meetings]} empty={t('meetings.pastEmpty')} onChanged={onChanged} />
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {more.next && (
        <button type="button" className="button button-secondary" disabled={loading} aria-busy={loading} onClick={() => void showMore()}>
          {t('meetings.showMore')}
        </button>
      )}
    </>
  );
}
