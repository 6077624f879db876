import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionLifetimeMs } from '../accounts/sessions.ts';
import { csrfTokenFor } from '../accounts/tokens.ts';
import type { Config } from '../config.ts';

export const sessionCookie = 'sinergia_session';
/** Readable by the web app, which echoes it in the X-CSRF-Token header (double submit). */
export const csrfCookie = 'sinergia_csrf';

export function setSessionCookies(reply: FastifyReply, config: Config, sessionToken: string) {
  const secure = config.publicUrl.startsWith('https://');
  const common = { path: '/', sameSite: 'lax' as const, secure, maxAge: sessionLifetimeMs / 1000 };
  reply.setCookie(sessionCookie, sessionToken, { ...common, httpOnly: true });
  reply.setCookie(csrfCookie, csrfTokenFor(sessionToken, config.sessionSecret), { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(sessionCookie, { path: '/' });
  reply.clearCookie(csrfCookie, { path: '/' });
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[sessionCookie] || undefined;
}
