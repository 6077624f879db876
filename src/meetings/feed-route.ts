import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/problem.ts';
import { problemResponses } from '../http/schema-types.ts';
import { feedFor } from './calendar-feed.ts';

/** `GET /calendar/<token>.ics`: a member's meetings for calendar apps, which send no session, only the secret URL. */
export const calendarFeedRoute =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const settings = { publicUrl: ctx.config.publicUrl, sessionSecret: ctx.config.sessionSecret };
    app.get(
      '/calendar/:file',
      {
        schema: {
          tags: ['meetings'],
          summary: 'A member’s calendar feed (text/calendar) behind their secret URL',
          params: Type.Object({ file: Type.String({ maxLength: 100 }) }),
          response: { 200: Type.String(), ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        const token = /^([\w-]+)\.ics$/.exec((request.params as { file: string }).file)?.[1];
        const feed = token && (await feedFor(ctx.database.db, token, settings));
        if (!feed) throw notFound();
        // The URL is the secret: keep it out of shared caches.
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(feed);
      },
    );
  };
