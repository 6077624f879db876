import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { courseApi } from '../course/courseApi.ts';
import { DoneToggle } from '../course/DoneToggle.tsx';
import { LessonBlocks } from '../course/LessonBlocks.tsx';
import { LessonNav } from '../course/LessonNav.tsx';
import { useCourseData } from '../course/useCourseData.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** `/coach/course/:slug`: one lesson, its checklist, its action in Sinergia, "Mark as done" and the way on. */
export function LessonPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { state, reload } = useCourseData(`lesson:${slug}`, (signal) => courseApi.lesson(slug, signal));
  const lesson = state.status === 'ready' ? state.data : null;
  const title = lesson?.title ?? (state.status === 'error' && state.httpStatus === 404 ? t('course.lesson.notFound') : t('course.lesson.title'));
  usePageTitle(title);

  if (!lesson)
    return (
      <div className="stack lesson-page">
        <h1>{title}</h1>
        <LoadStatus state={state} />
        <p>
          <Link to="/coach/course">{t('course.lesson.backToCourse')}</Link>
        </p>
      </div>
    );

  return (
    <article className="stack lesson-page" lang={lesson.locale}>
      <header>
        <p className="lesson-meta">{t('course.lesson.meta', { number: lesson.number, total: lesson.progress.total, minutes: lesson.minutes })}</p>
        <h1>{lesson.title}</h1>
        <p className="lead">{lesson.summary}</p>
      </header>
      <LessonBlocks blocks={lesson.body} />
      <section aria-labelledby="practice-title" className="card lesson-practice">
        <h2 id="practice-title">{t('course.lesson.practice')}</h2>
        <ul className="lesson-list">
          {lesson.practice.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="action-title" className="card call-to-action">
        <h2 id="action-title">{t('course.lesson.action')}</h2>
        <p>{lesson.action.text}</p>
        <p>
          <Link className="button" to={lesson.action.path}>
            {lesson.action.label}
          </Link>
        </p>
      </section>
      <DoneToggle key={lesson.slug} slug={lesson.slug} completed={lesson.completed} onChanged={reload} />
      <p className="lesson-progress">{t('course.progress', { completed: lesson.progress.completed, total: lesson.progress.total })}</p>
      <LessonNav previous={lesson.previous} next={lesson.next} />
    </article>
  );
}
