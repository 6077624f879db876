import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import type { PlanMember } from './plan-state.ts';
import type { PlanSettings } from './plan-store.ts';
import { ItemParamsSchema, PlanSchema, PlanSettingsChangeSchema, ProgressSchema } from './schemas.ts';
import { changePlanSettings, currentPlan, markItem, progressOf } from './weekly-plan.ts';

/** The member's weekly networking plan, its settings and their progress. */
export const planRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['coach'];
    requireLoginForAllRoutes(app);

    // The plan speaks the request's language (the member's, once logged in) and runs on the account's clock.
    const memberOf = (request: FastifyRequest): PlanMember => {
      const user = requireUser(request);
      return { id: user.id, locale: request.locale, timeZone: user.timeZone };
    };
    const itemIdOf = (request: FastifyRequest) => (request.params as { itemId: string }).itemId;

    app.get(
      '/api/me/plan',
      {
        schema: {
          tags,
          summary: "This week's plan, sized to your weekly budget and made from your network on first read",
          response: { 200: PlanSchema, ...problemResponses(401) },
        },
      },
      async (request) => currentPlan(db, memberOf(request), new Date()),
    );

    app.put(
      '/api/me/plan/settings',
      {
        schema: {
          tags,
          summary: "Set your weekly budget (15, 30 or 60 minutes; this week's plan is remade, keeping what is done) and the Monday email",
          body: PlanSettingsChangeSchema,
          response: { 200: PlanSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => changePlanSettings(db, memberOf(request), request.body as Partial<PlanSettings>, new Date()),
    );

    for (const [method, done] of [['POST', true], ['DELETE', false]] as const)
      app.route({
        method,
        url: '/api/me/plan/items/:itemId/done',
        schema: {
          tags,
          summary: done ? 'Mark an item of this week’s plan done' : 'Undo: the item is not done after all',
          params: ItemParamsSchema,
          response: { 200: PlanSchema, ...problemResponses(400, 401, 403, 404) },
        },
        handler: async (request) => markItem(db, memberOf(request), itemIdOf(request), done, new Date()),
      });

    app.get(
      '/api/me/progress',
      {
        schema: {
          tags,
          summary: 'The last 12 weeks: plan items done, meetings held, new connections; and your streak',
          response: { 200: ProgressSchema, ...problemResponses(401) },
        },
      },
      async (request) => progressOf(db, memberOf(request), new Date()),
    );
  };
