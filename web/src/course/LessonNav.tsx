import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { lessonUrl, type LessonLink } from './courseApi.ts';

/** The lessons before and after this one, and the way back to the course. */
export function LessonNav({ previous, next }: { previous: LessonLink | null; next: LessonLink | null }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('course.lesson.navLabel')} className="lesson-nav">
      <ul>
        {previous && (
          <li>
            <Link to={lessonUrl(previous.slug)} rel="prev">
              <span aria-hidden="true">← </span>
              {t('course.lesson.previous', { title: previous.title })}
            </Link>
          </li>
        )}
        {next && (
          <li>
            <Link to={lessonUrl(next.slug)} rel="next">
              {t('course.lesson.next', { title: next.title })}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
        <li>
          <Link to="/coach/course">{t('course.lesson.backToCourse')}</Link>
        </li>
      </ul>
    </nav>
  );
}
