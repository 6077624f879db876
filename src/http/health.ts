import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../app-context.ts';

/** 200 when the database answers; load balancers take an instance out on anything else. */
export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
      try {
        await ctx.database.query('SELECT 1');
        return { status: 'ok', database: ctx.database.kind };
      } catch (error) {
        app.log.error({ err: error }, 'health check: database does not answer');
        return reply.status(503).send({ status: 'unavailable' });
      }
    });
  };
