/** The short course API (src/coach/course/routes.ts), typed. Lessons come in the account's language. */
import type { CourseProgress, CourseView, LessonCard, LessonLink, LessonView } from '../../../src/coach/course/views.ts';
import { api } from '../api.ts';

export type { LessonBlock } from '../../../src/coach/course/lesson.ts';
export type { CourseProgress, CourseView, LessonCard, LessonLink, LessonView };

const lessonPath = (slug: string) => `/api/coach/course/${encodeURIComponent(slug)}`;

export const courseApi = {
  course: (signal?: AbortSignal) => api.get<CourseView>('/api/coach/course', signal),
  lesson: (slug: string, signal?: AbortSignal) => api.get<LessonView>(lessonPath(slug), signal),
  setDone: async (slug: string, done: boolean): Promise<void> => {
    if (done) await api.put(`${lessonPath(slug)}/completed`, {});
    else await api.delete(`${lessonPath(slug)}/completed`);
  },
};

export const lessonUrl = (slug: string) => `/coach/course/${encodeURIComponent(slug)}`;
