import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { searchConcepts } from '../concepts/concept-search.ts';
import { correctMemberConcepts, memberConcepts, type ConceptCorrections } from '../corrections/member-concepts.ts';
import { conceptIndex, currentTaxonomy, relationIndex } from '../indexes.ts';
import { ConceptCorrectionsSchema } from './schemas.ts';
import { ConceptSearchQuerySchema, ConceptSearchResultsSchema, SpheresSchema } from './taxonomy-schemas.ts';

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

    app.get(
      '/api/taxonomy/concepts',
      {
        schema: {
          tags: ['taxonomy'],
          summary: 'Concepts whose names contain the text (accents and case ignored), also those administrators added',
          querystring: ConceptSearchQuerySchema,
          response: { 200: ConceptSearchResultsSchema, ...problemResponses(400, 401) },
        },
      },
      async (request) => {
        const { q, limit } = request.query as { q: string; limit: number };
        const { kinds, labels } = relationIndex();
        return {
          items: searchConcepts(conceptIndex(), q, limit).map((id) => ({ id, kind: kinds.get(id)!, label: labels.concept(id, request.locale) })),
        };
      },
    );

    app.get(
      '/api/taxonomy/spheres',
      {
        schema: {
          tags: ['taxonomy'],
          summary: 'The contact spheres concepts belong to (professions that share clients without competing)',
          response: { 200: SpheresSchema, ...problemResponses(401) },
        },
      },
      async (request) => ({
        items: currentTaxonomy().spheres.map(({ id, label }) => ({ id, label: label[request.locale] })),
      }),
    );
  };
