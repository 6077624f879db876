import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { courseApi, lessonUrl, type CourseView } from '../course/courseApi.ts';
import { CourseProgressBar } from '../course/CourseProgressBar.tsx';
import { LessonCardItem } from '../course/LessonCardItem.tsx';
import { useCourseData } from '../course/useCourseData.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** Where to go on: the first lesson not done yet, or nothing once all are done. */
function NextStep({ course }: { course: CourseView }) {
  const { t } = useTranslation();
  const next = course.lessons.find((lesson) => !lesson.completed);
  if (!next) return <p className="notice">{t('course.finished')}</p>;
  const started = course.progress.completed > 0;
  return (
    <p>
      <Link className="button" to={lessonUrl(next.slug)}>
        {t(started ? 'course.continueWith' : 'course.startWith', { title: next.title })}
      </Link>
    </p>
  );
}

/** `/coach/course`: the lessons of the short course, with the member's progress through them. */
export function CoursePage() {
  const { t } = useTranslation();
  const { state } = useCourseData('course', (signal) => courseApi.course(signal));
  usePageTitle(t('course.title'));
  const course = state.status === 'ready' ? state.data : null;

  return (
    <div className="stack course-page">
      <h1>{t('course.title')}</h1>
      <p className="lead">{t('course.intro')}</p>
      <LoadStatus state={state} />
      {course && (
        <>
          <CourseProgressBar progress={course.progress} />
          <NextStep course={course} />
          <section aria-labelledby="lessons-title" className="stack" lang={course.locale}>
            <h2 id="lessons-title">{t('course.lessonsTitle')}</h2>
            <ol className="lesson-cards">
              {course.lessons.map((lesson, index) => (
                <LessonCardItem key={lesson.slug} lesson={lesson} number={index + 1} />
              ))}
            </ol>
          </section>
        </>
      )}
      <p>
        <Link to="/coach">{t('course.backToCoach')}</Link>
      </p>
    </div>
  );
}
