import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../http/request-context.ts';
import { problemResponses } from '../http/schema-types.ts';
import { availabilityOf, saveAvailability } from './availability-store.ts';
import { feedUrl, revokeFeed, rotateFeed } from './calendar-feed.ts';
import type { Availability } from './scheduling/types.ts';

/** A member's meeting settings: weekly availability and the secret calendar feed URL. */
export const meetingSettingsRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['meetings'];
    const feedSettings = { publicUrl: ctx.config.publicUrl, sessionSecret: ctx.config.sessionSecret };
    const FeedUrl = Type.Object({ url: Type.Union([Type.String(), Type.Null()]) });
    requireLoginForAllRoutes(app);

    app.get(
      '/api/me/availability',
      {
        schema: {
          tags,
          summary: 'When you meet (the default until set: Tue–Thu 09:30–13:30 in your time zone)',
          response: { 200: Type.Ref('Availability'), ...problemResponses(401) },
        },
      },
      async (request) => availabilityOf(db, requireUser(request).id),
    );

    app.put(
      '/api/me/availability',
      {
        schema: {
          tags,
          summary: 'Set when you meet: weekly hours in your time zone, exceptions, formats, length and buffer',
          body: Type.Ref('Availability'),
          response: { 200: Type.Ref('Availability'), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => saveAvailability(db, requireUser(request).id, request.body as Availability),
    );

    app.get(
      '/api/me/calendar-feed',
      { schema: { tags, summary: 'Your private calendar feed URL, or null', response: { 200: FeedUrl, ...problemResponses(401) } } },
      async (request) => ({ url: await feedUrl(db, requireUser(request).id, feedSettings) }),
    );

    app.post(
      '/api/me/calendar-feed',
      {
        schema: {
          tags,
          summary: 'Create or replace your private calendar feed URL (the old one stops working)',
          response: { 200: Type.Object({ url: Type.String() }), ...problemResponses(401, 403) },
        },
      },
      async (request) => ({ url: await rotateFeed(db, requireUser(request).id, feedSettings) }),
    );

    app.delete(
      '/api/me/calendar-feed',
      { schema: { tags, summary: 'Revoke your calendar feed URL', response: { 204: Type.Null(), ...problemResponses(401, 403) } } },
      async (request, reply) => {
        await revokeFeed(db, requireUser(request).id);
        return reply.status(204).send();
      },
    );
  };
