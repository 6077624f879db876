import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { courseApi } from './courseApi.ts';

interface Props {
  slug: string;
  completed: boolean;
  /** Called once the server has it, to show the lesson and the progress as saved. */
  onChanged: () => void;
}

/** "Mark as done" as a toggle button (pressed when done); what happened is announced politely. */
export function DoneToggle({ slug, completed, onChanged }: Props) {
  const { t } = useTranslation();
  // What the server last confirmed: the page's data follows on its reload.
  const [done, setDone] = useState(completed);
  useEffect(() => setDone(completed), [completed]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const toggle = async () => {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      await courseApi.setDone(slug, !done);
      setDone(!done);
      setStatus(t(done ? 'course.lesson.markedNotDone' : 'course.lesson.markedDone'));
      onChanged();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="lesson-done">
      <button type="button" className="button button-secondary lesson-done-toggle" aria-pressed={done} disabled={busy} onClick={() => void toggle()}>
        {t('course.lesson.markDone')}
      </button>
      <StatusMessage message={status} />
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </div>
  );
}
