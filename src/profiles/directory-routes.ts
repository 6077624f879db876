import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/problem.ts';
import { requireUser } from '../http/request-context.ts';
import { problemResponses, StringEnum } from '../http/schema-types.ts';
import { toMember, toMemberCard } from './member-views.ts';
import { goals } from './profile-input.ts';
import { searchProfiles, type DirectoryQuery } from './search.ts';
import { visibleProfileBySlug } from './visibility.ts';

export const directoryRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['directory'];

    app.get(
      '/api/members',
      {
        schema: {
          tags,
          summary: 'Search the member directory (Spanish and English stemming, accents ignored), with filters',
          querystring: Type.Object({
            q: Type.Optional(Type.String({ maxLength: 200 })),
            city: Type.Optional(Type.String({ maxLength: 80 })),
            country: Type.Optional(Type.String({ pattern: '^([A-Za-z]{2})?$' })),
            sector: Type.Optional(Type.String({ maxLength: 80 })),
            language: Type.Optional(Type.String({ pattern: '^([A-Za-z]{2})?$' })),
            goal: Type.Optional(StringEnum(goals)),
            page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(Type.Ref('MemberCard')),
              total: Type.Integer(),
              page: Type.Integer(),
              pageSize: Type.Integer(),
            }),
            ...problemResponses(400, 401),
          },
        },
      },
      async (request) => {
        const viewer = requireUser(request);
        const query = request.query as DirectoryQuery;
        // Empty filter values from a form mean "any".
        for (const key of ['q', 'city', 'country', 'sector', 'language'] as const) if (!query[key]?.trim()) delete query[key];
        const { rows, total } = await searchProfiles(db, viewer.id, query);
        return { items: rows.map(toMemberCard), total, page: query.page, pageSize: query.pageSize };
      },
    );

    app.get(
      '/api/members/:slug',
      {
        schema: {
          tags,
          summary: "A member's profile, if visible to the viewer",
          params: Type.Object({ slug: Type.String({ maxLength: 80 }) }),
          response: { 200: Type.Ref('Member'), ...problemResponses(404) },
        },
      },
      async (request) => {
        const { slug } = request.params as { slug: string };
        const row = await visibleProfileBySlug(db, slug, request.user?.id ?? null);
        if (!row) throw notFound('problem.memberNotFound.detail');
        return toMember(row, ctx.config.publicUrl);
      },
    );
  };
