import type { FastifyInstance } from 'fastify';
import { userForSession, type SessionUser } from '../accounts/sessions.ts';
import { csrfTokenFor, safeEqual } from '../accounts/tokens.ts';
import type { AppContext } from '../app-context.ts';
import { localeFromAcceptLanguage, type Locale } from '../i18n/locale.ts';
import { ProblemError } from './problem.ts';
import { sessionTokenOf } from './session-cookies.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    locale: Locale;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves who is asking and in which language, then guards cookie-authenticated writes:
 * a foreign Origin is refused, and a session write must echo the session's CSRF token.
 */
export function registerRequestContext(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('user', null);
  app.decorateRequest('locale', 'es');
  const allowedOrigin = new URL(ctx.config.publicUrl).origin;

  app.addHook('onRequest', async (request) => {
    const token = sessionTokenOf(request);
    request.user = token ? await userForSession(ctx.database.db, token) : null;
    request.locale = request.user?.locale ?? localeFromAcceptLanguage(request.headers['accept-language']);
    if (safeMethods.has(request.method)) return;

    const origin = request.headers.origin;
    if (origin && origin !== allowedOrigin && origin !== `${request.protocol}://${request.host}`)
      throw new ProblemError(403, 'forbidden-origin', 'problem.forbidden.title', 'problem.origin.detail');
    if (token && request.user) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(token, ctx.config.sessionSecret)))
        throw new ProblemError(403, 'csrf', 'problem.forbidden.title', 'problem.csrf.detail');
    }
  });
}

export function requireUser(request: { user: SessionUser | null }): SessionUser {
  if (!request.user) throw new ProblemError(401, 'unauthorized', 'problem.unauthorized.title', 'problem.unauthorized.detail');
  return request.user;
}

/** For a plugin whose every route is for members: strangers get 401 before their input is validated. */
export function requireLoginForAllRoutes(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    requireUser(request);
  });
}
