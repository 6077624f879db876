import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { courseFor, lessonFor, setLessonDone, type Reader } from './course.ts';
import { CourseSchema, LessonProgressSchema, LessonSchema, SlugParams } from './schemas.ts';

const readerOf = (request: FastifyRequest): Reader => ({ id: requireUser(request).id, locale: request.locale });
const slugOf = (request: FastifyRequest) => (request.params as { slug: string }).slug;

/** The short course: lessons in the member's language and which of them they have done. */
export const courseRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['coach'];
    requireLoginForAllRoutes(app);

    app.get(
      '/api/coach/course',
      { schema: { tags, summary: 'The lessons of the short course, each marked done or not, and your progress', response: { 200: CourseSchema, ...problemResponses(401) } } },
      async (request) => courseFor(db, readerOf(request)),
    );

    app.get(
      '/api/coach/course/:slug',
      {
        schema: {
          tags,
          summary: 'One lesson: its text, its action in Sinergia, whether you have done it, and the lessons before and after',
          params: SlugParams,
          response: { 200: LessonSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => lessonFor(db, readerOf(request), slugOf(request)),
    );

    const completion = { params: SlugParams, response: { 200: LessonProgressSchema, ...problemResponses(400, 401, 403, 404) } };
    app.put(
      '/api/coach/course/:slug/completed',
      { schema: { tags, summary: 'Mark the lesson as done (again: no change)', ...completion } },
      async (request) => setLessonDone(db, readerOf(request), slugOf(request), true),
    );
    app.delete(
      '/api/coach/course/:slug/completed',
      { schema: { tags, summary: 'Mark the lesson as not done', ...completion } },
      async (request) => setLessonDone(db, readerOf(request), slugOf(request), false),
    );
  };
