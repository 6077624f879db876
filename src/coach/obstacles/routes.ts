import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses, StringEnum } from '../../http/schema-types.ts';
import { obstaclesOf, saveObstacles } from './member-obstacles.ts';
import { obstacleKeys, type ObstacleKey } from './obstacles.ts';

// An unknown key fails the enum and a repeated one `uniqueItems`: both a localised 400 naming the item.
const Obstacles = Type.Object(
  { obstacles: Type.Array(StringEnum(obstacleKeys), { maxItems: obstacleKeys.length, uniqueItems: true }) },
  { additionalProperties: false },
);

/** What holds the member back: the coach answers each obstacle with a first step (src/coach/obstacles/obstacles.ts). */
export const obstacleRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['coach'];
    requireLoginForAllRoutes(app);

    app.get(
      '/api/me/obstacles',
      { schema: { tags, summary: 'What you said holds you back, in the order offered', response: { 200: Obstacles, ...problemResponses(401) } } },
      async (request) => ({ obstacles: await obstaclesOf(db, requireUser(request).id) }),
    );

    app.put(
      '/api/me/obstacles',
      {
        schema: {
          tags,
          summary: 'Say what holds you back (replaces your previous answer; none is an answer too)',
          body: Obstacles,
          response: { 200: Obstacles, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { obstacles } = request.body as { obstacles: ObstacleKey[] };
        return { obstacles: await saveObstacles(db, requireUser(request).id, obstacles) };
      },
    );
  };
