import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { ideasWithMember } from './ideas-with-member.ts';
import { MemberIdeasSchema } from './schemas.ts';

/** Collaboration ideas for the viewer and one member: "what could we do together?". */
export const collaborationIdeaRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    requireLoginForAllRoutes(app);
    app.get(
      '/api/members/:slug/collaboration-ideas',
      {
        schema: {
          tags: ['collaboration'],
          summary: 'Concrete ways for you and this member to work together, best fit first, in your language (side a is you)',
          params: Type.Object({ slug: Type.String({ minLength: 1, maxLength: 80 }) }),
          response: { 200: MemberIdeasSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const { slug } = request.params as { slug: string };
        return ideasWithMember(ctx.database.db, { id: user.id, locale: request.locale }, slug);
      },
    );
  };
