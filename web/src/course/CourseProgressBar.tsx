import { useTranslation } from 'react-i18next';
import type { CourseProgress } from './courseApi.ts';

/** "3 of 8 done", as text and as a progress bar named by that text. */
export function CourseProgressBar({ progress }: { progress: CourseProgress }) {
  const { t } = useTranslation();
  return (
    <div className="course-progress">
      <p id="course-progress-label">{t('course.progress', { completed: progress.completed, total: progress.total })}</p>
      <progress max={progress.total} value={progress.completed} aria-labelledby="course-progress-label" />
    </div>
  );
}
