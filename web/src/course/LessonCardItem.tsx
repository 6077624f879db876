import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { lessonUrl, type LessonCard } from './courseApi.ts';

/** One lesson in the course list: its number, title (the link), summary, reading time and whether it is done. */
export function LessonCardItem({ lesson, number }: { lesson: LessonCard; number: number }) {
  const { t } = useTranslation();
  return (
    <li className={lesson.completed ? 'card lesson-card lesson-card-done' : 'card lesson-card'}>
      <p className="lesson-meta">{t('course.lessonMeta', { number, minutes: lesson.minutes })}</p>
      <h3>
        <Link to={lessonUrl(lesson.slug)}>{lesson.title}</Link>
      </h3>
      <p>{lesson.summary}</p>
      <p className="lesson-state">
        {lesson.completed ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('course.done')}
          </>
        ) : (
          t('course.notDone')
        )}
      </p>
    </li>
  );
}
