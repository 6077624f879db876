import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { giveFeedback } from '../discover/feedback.ts';
import type { RankedMember } from '../discover/present.ts';
import { recommendFor } from '../discover/recommend.ts';
import { searchMembers } from '../discover/search.ts';
import type { Feedback } from '../ranking/types.ts';
import { DiscoverQuerySchema, DiscoverResponseSchema, FeedbackSchema, SearchQuerySchema } from './schemas.ts';

/** The API names members by slug: the internal id stays inside. */
const withoutId = ({ userId: _, ...item }: RankedMember) => item;

export const discoverRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['discover'];
    requireLoginForAllRoutes(app);

    app.get(
      '/api/discover',
      {
        schema: {
          tags,
          summary: 'Members worth meeting, best first, each with the reasons; nextStep says how to get (better) recommendations',
          querystring: DiscoverQuerySchema,
          response: { 200: DiscoverResponseSchema, ...problemResponses(400, 401) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const query = request.query as { limit: number; offset: number; includeCompetitors: boolean };
        const discovery = await recommendFor(db, user.id, { ...query, locale: request.locale });
        return { ...discovery, items: discovery.items.map(withoutId) };
      },
    );

    app.post(
      '/api/discover/feedback',
      {
        schema: {
          tags,
          summary: 'Say a recommended member is interesting, not relevant (hidden from then on) or a competitor',
          body: FeedbackSchema,
          response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const { slug, kind } = request.body as { slug: string; kind: Feedback };
        await giveFeedback(db, user.id, slug, kind);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/discover/search',
      {
        schema: {
          tags,
          summary: 'Search members in free text ("busco abogado mercantil en Valencia"), ranked by the Discover engine',
          querystring: SearchQuerySchema,
          response: { 200: Type.Object({ items: Type.Array(Type.Ref('DiscoverItem')) }), ...problemResponses(400, 401) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const { q, limit } = request.query as { q: string; limit: number };
        const { items } = await searchMembers(db, user.id, q, { limit, locale: request.locale });
        return { items: items.map(withoutId) };
      },
    );
  };
