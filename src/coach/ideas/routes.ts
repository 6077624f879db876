import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { coachIdeasFor } from './collaboration-ideas.ts';

const CoachIdeas = Type.Object({
  ideas: Type.Array(Type.Object({ member: Type.Ref('MemberCard'), text: Type.String() }), { maxItems: 3 }),
  hasMatches: Type.Boolean(),
});

/** "What would I collaborate on?": ideas drawn from the member's Discover matches. */
export const coachIdeaRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    requireLoginForAllRoutes(app);
    app.get(
      '/api/coach/ideas',
      {
        schema: {
          tags: ['coach'],
          summary: 'Up to three collaboration ideas, each with one of the members Discover recommends you (none until you have matches)',
          response: { 200: CoachIdeas, ...problemResponses(401) },
        },
      },
      async (request) => coachIdeasFor(ctx.database.db, { id: requireUser(request).id, locale: request.locale }),
    );
  };
