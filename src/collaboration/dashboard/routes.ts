import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { SessionUser } from '../../accounts/sessions.ts';
import type { AppContext } from '../../app-context.ts';
import { ProblemError } from '../../http/problem.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { instanceDashboard } from './admin-dashboard.ts';
import { dashboardCsv } from './dashboard-csv.ts';
import { memberDashboard } from './member-dashboard.ts';
import { InstanceDashboardSchema, MemberDashboardSchema } from './schemas.ts';

/** The whole network's figures are for instance administrators (a community's own dashboard comes with communities). */
function requireInstanceAdmin(request: FastifyRequest): SessionUser {
  const user = requireUser(request);
  if (!user.isInstanceAdmin) throw new ProblemError(403, 'forbidden', 'problem.forbidden.title', 'problem.dashboard.adminOnly.detail');
  return user;
}

/** The value dashboard: a member's own figures, and the instance's for its administrators (also as CSV). */
export const dashboardRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['dashboard'];
    requireLoginForAllRoutes(app);

    app.get(
      '/api/me/dashboard',
      {
        schema: {
          tags,
          summary: 'Your value dashboard: referrals given and received, closed value, proposals, meetings held, connections per month',
          response: { 200: MemberDashboardSchema, ...problemResponses(401) },
        },
      },
      async (request) => memberDashboard(db, requireUser(request)),
    );

    app.get(
      '/api/admin/dashboard',
      {
        schema: {
          tags,
          summary: 'The instance’s totals, the last 12 months, top givers and growth (instance administrators)',
          response: { 200: InstanceDashboardSchema, ...problemResponses(401, 403) },
        },
      },
      async (request) => instanceDashboard(db, requireInstanceAdmin(request).timeZone),
    );

    app.get(
      '/api/admin/dashboard.csv',
      {
        schema: {
          tags,
          summary: 'The last 12 months of the instance as CSV (RFC 4180), headers in your language (instance administrators)',
          produces: ['text/csv'],
          response: { ...problemResponses(401, 403) },
        },
      },
      async (request, reply) => {
        const user = requireInstanceAdmin(request);
        const csv = dashboardCsv(await instanceDashboard(db, user.timeZone), request.locale);
        return reply
          .type('text/csv; charset=utf-8; header=present')
          .header('content-disposition', 'attachment; filename="sinergia-dashboard.csv"')
          .send(csv);
      },
    );
  };
