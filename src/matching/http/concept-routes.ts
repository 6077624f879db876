import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { correctMemberConcepts, memberConcepts, type ConceptCorrections } from '../corrections/member-concepts.ts';
import { ConceptCorrectionsSchema } from './schemas.ts';

export const conceptRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['discover'];
    requireLoginForAllRoutes(app);

    app.get(
      '/api/me/concepts',
      {
        schema: {
          tags,
          summary: 'The concepts Discover found in each of my offers and needs (labels in my language)',
          response: { 200: Type.Ref('MemberConcepts'), ...problemResponses(401) },
        },
      },
      async (request) => memberConcepts(db, requireUser(request).id, request.locale),
    );

    app.put(
      '/api/me/concepts',
      {
        schema: {
          tags,
          summary: 'Correct the concepts of some of my offers and needs (an empty list: none applies)',
          body: ConceptCorrectionsSchema,
          response: { 200: Type.Ref('MemberConcepts'), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) =>
        correctMemberConcepts(db, requireUser(request).id, request.body as ConceptCorrections, request.locale),
    );
  };
