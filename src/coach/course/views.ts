import type { Locale } from '../../i18n/locale.ts';
import type { ActionPath, Lesson, LessonBlock } from './lesson.ts';
import { lessons } from './lessons/index.ts';
import { readingMinutes } from './reading-time.ts';

/** How far a member is through the course: lessons done (of those in the course now) and in all. */
export interface CourseProgress {
  completed: number;
  total: number;
}

export interface LessonCard {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  completed: boolean;
}

export interface CourseView {
  locale: Locale;
  lessons: LessonCard[];
  progress: CourseProgress;
}

export interface LessonLink {
  slug: string;
  title: string;
}

export interface LessonView extends LessonCard {
  locale: Locale;
  /** 1-based place in the course. */
  number: number;
  body: LessonBlock[];
  practice: string[];
  action: { path: ActionPath; text: string; label: string };
  completedAt: string | null;
  previous: LessonLink | null;
  next: LessonLink | null;
  progress: CourseProgress;
}

export interface LessonProgressView {
  slug: string;
  completed: boolean;
  completedAt: string | null;
  progress: CourseProgress;
}

/** Completion dates by lesson slug, as the progress store keeps them. */
export type Completed = ReadonlyMap<string, Date>;

export const lessonBySlug = (slug: string): Lesson | undefined => lessons.find((lesson) => lesson.slug === slug);

/** Rows for lessons no longer in the course are not counted. */
export const progressOf = (completed: Completed): CourseProgress => ({
  completed: lessons.filter((lesson) => completed.has(lesson.slug)).length,
  total: lessons.length,
});

const cardOf = (lesson: Lesson, locale: Locale, completed: Completed): LessonCard => {
  const text = lesson[locale];
  return { slug: lesson.slug, title: text.title, summary: text.summary, minutes: readingMinutes(text), completed: completed.has(lesson.slug) };
};

export const courseView = (locale: Locale, completed: Completed): CourseView => ({
  locale,
  lessons: lessons.map((lesson) => cardOf(lesson, locale, completed)),
  progress: progressOf(completed),
});

const linkTo = (lesson: Lesson | undefined, locale: Locale): LessonLink | null =>
  lesson ? { slug: lesson.slug, title: lesson[locale].title } : null;

export function lessonView(lesson: Lesson, locale: Locale, completed: Completed): LessonView {
  const index = lessons.indexOf(lesson);
  const text = lesson[locale];
  return {
    ...cardOf(lesson, locale, completed),
    locale,
    number: index + 1,
    body: text.body,
    practice: text.practice,
    action: { path: lesson.actionPath, ...text.action },
    completedAt: completed.get(lesson.slug)?.toISOString() ?? null,
    previous: linkTo(lessons[index - 1], locale),
    next: linkTo(lessons[index + 1], locale),
    progress: progressOf(completed),
  };
}

export const lessonProgressView = (lesson: Lesson, completed: Completed): LessonProgressView => ({
  slug: lesson.slug,
  completed: completed.has(lesson.slug),
  completedAt: completed.get(lesson.slug)?.toISOString() ?? null,
  progress: progressOf(completed),
});
