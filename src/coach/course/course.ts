import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Lesson } from './lesson.ts';
import { completedLessons, markLessonDone, unmarkLessonDone } from './progress-store.ts';
import { courseView, lessonBySlug, lessonProgressView, lessonView, type CourseView, type LessonProgressView, type LessonView } from './views.ts';

/** The member reading the course, in the language they read it in. */
export interface Reader {
  id: string;
  locale: Locale;
}

function lessonOrNotFound(slug: string): Lesson {
  const lesson = lessonBySlug(slug);
  if (!lesson) throw notFound('problem.lessonNotFound.detail');
  return lesson;
}

export async function courseFor(db: Db, reader: Reader): Promise<CourseView> {
  return courseView(reader.locale, await completedLessons(db, reader.id));
}

export async function lessonFor(db: Db, reader: Reader, slug: string): Promise<LessonView> {
  const lesson = lessonOrNotFound(slug);
  return lessonView(lesson, reader.locale, await completedLessons(db, reader.id));
}

/** Marks the lesson done (or not) and answers with the member's progress as committed. */
export async function setLessonDone(db: Db, reader: Reader, slug: string, done: boolean): Promise<LessonProgressView> {
  const lesson = lessonOrNotFound(slug);
  return db.transaction(async (tx) => {
    await (done ? markLessonDone : unmarkLessonDone)(tx, reader.id, lesson.slug);
    return lessonProgressView(lesson, await completedLessons(tx, reader.id));
  });
}
