import { join } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { AjvCompiler } from '@fastify/ajv-compiler';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { accountRoutes } from '../accounts/routes.ts';
import type { AppContext } from '../app-context.ts';
import { brandRoutes } from '../brand/routes.ts';
import { connectionRoutes } from '../connections/routes.ts';
import { ConnectionSchema } from '../connections/schema.ts';
import { conceptRoutes } from '../matching/http/concept-routes.ts';
import { coachIdeaRoutes } from '../coach/ideas/routes.ts';
import { courseRoutes } from '../coach/course/routes.ts';
import { obstacleRoutes } from '../coach/obstacles/routes.ts';
import { pitchRoutes } from '../coach/pitch/routes.ts';
import { planRoutes } from '../coach/plan/routes.ts';
import { calendarFeedRoute } from '../meetings/feed-route.ts';
import { meetingSettingsRoutes } from '../meetings/me-routes.ts';
import { proposalRoutes } from '../collaboration/proposals/routes.ts';
import { collaborationIdeaRoutes } from '../collaboration/ideas/routes.ts';
import { dashboardRoutes } from '../collaboration/dashboard/routes.ts';
import { referralRoutes } from '../collaboration/referrals/routes.ts';
import { meetingRoutes } from '../meetings/routes.ts';
import { meetingSchemas } from '../meetings/schemas.ts';
import { discoverRoutes } from '../matching/http/discover-routes.ts';
import { taxonomyAdditionRoutes } from '../matching/http/taxonomy-routes.ts';
import { DiscoverItemSchema, MemberConceptsSchema } from '../matching/http/schemas.ts';
import { directoryRoutes } from '../profiles/directory-routes.ts';
import { profileRoutes } from '../profiles/routes.ts';
import { registerErrorHandling } from './error-handler.ts';
import { healthRoutes } from './health.ts';
import { ProblemError } from './problem.ts';
import { registerRequestContext } from './request-context.ts';
import { ProblemSchema } from './schema-types.ts';
import { MeSchema } from '../accounts/me-schema.ts';
import { MemberCardSchema, MemberSchema } from '../profiles/profile-schema.ts';

export const webDistDir = join(import.meta.dirname, '../../web/dist');

const buildAjvValidator = AjvCompiler();

/**
 * Query strings and path parameters arrive as text, so Ajv coerces them ("2" → 2); a JSON body
 * carries its own types and is not coerced, so `{"name": 42}` or `{"remote": "yes"}` is a 400.
 */
const strictBodyValidator: typeof buildAjvValidator = (externalSchemas, options = {}) => {
  const customOptions = { ...(options.customOptions as object) };
  const coercing = buildAjvValidator(externalSchemas, { ...options, customOptions } as typeof options);
  const strict = buildAjvValidator(externalSchemas, { ...options, customOptions: { ...customOptions, coerceTypes: false } } as typeof options);
  return (route) => (route.httpPart === 'body' ? strict : coercing)(route);
};

/** The whole HTTP surface: API, OpenAPI document and docs, public pages and the web app. */
export async function buildServer(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { allErrors: true } },
    schemaController: { compilersFactory: { buildValidator: strictBodyValidator } },
  });
  // Shared schemas live on the root so every domain's routes can $ref them.
  for (const schema of [ProblemSchema, MeSchema, MemberCardSchema, MemberSchema, ConnectionSchema, DiscoverItemSchema, MemberConceptsSchema, ...meetingSchemas])
    app.addSchema(schema);

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ProblemError(429, 'rate-limited', 'problem.rateLimited.title', 'problem.rateLimited.detail', {
        seconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });
  await app.register(multipart, { limits: { fileSize: 2 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Sinergia API', version: '0.1.0', description: 'Business networking: members, profiles and directory.' },
      servers: [{ url: ctx.config.publicUrl }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sinergia_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerRequestContext(app, ctx);
  registerErrorHandling(app, { spaIndexFile: join(webDistDir, 'index.html') });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes(ctx));
  await app.register(accountRoutes(ctx));
  await app.register(profileRoutes(ctx));
  await app.register(directoryRoutes(ctx));
  await app.register(brandRoutes(ctx));
  await app.register(connectionRoutes(ctx));
  await app.register(discoverRoutes(ctx));
  await app.register(conceptRoutes(ctx));
  await app.register(taxonomyAdditionRoutes(ctx));
  await app.register(meetingRoutes(ctx));
  await app.register(meetingSettingsRoutes(ctx));
  await app.register(planRoutes(ctx));
  await app.register(pitchRoutes(ctx));
  await app.register(proposalRoutes(ctx));
  await app.register(collaborationIdeaRoutes(ctx));
  await app.register(referralRoutes(ctx));
  await app.register(dashboardRoutes(ctx));
  await app.register(courseRoutes(ctx));
  await app.register(obstacleRoutes(ctx));
  await app.register(coachIdeaRoutes(ctx));
  await app.register(calendarFeedRoute(ctx));
  // Wildcard mode looks files up per request, so a rebuilt web app is served without a restart.
  await app.register(fastifyStatic, { root: webDistDir, wildcard: true, index: 'index.html' });
  return app;
}
