import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../app-context.ts';
import type { RateLimit } from '../config.ts';
import { problemResponses, StringEnum } from '../http/schema-types.ts';
import { requireUser } from '../http/request-context.ts';
import { clearSessionCookies, sessionTokenOf, setSessionCookies } from '../http/session-cookies.ts';
import { locales } from '../i18n/locale.ts';
import { ProfileFields } from '../profiles/profile-input.ts';
import { changePassword, login, meView, signup, updateSettings, userById } from './accounts.ts';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.ts';
import { PicksPerWeekSchema } from './picks-per-week.ts';
import { deleteSession } from './sessions.ts';

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
const Password = Type.String({ minLength: 10, maxLength: 200 });
const Locale = StringEnum(locales);
const TimeZone = Type.String({ minLength: 1, maxLength: 64 });

const limit = (rate: RateLimit) => ({ rateLimit: { max: rate.max, timeWindow: rate.windowSeconds * 1000 } });

export const accountRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['accounts'];

    app.post(
      '/api/auth/signup',
      {
        config: limit(ctx.config.rateLimits.signup),
        schema: {
          tags,
          summary: 'Create an account (and its profile); starts a session',
          body: Type.Object({
            email: Email,
            password: Password,
            name: ProfileFields.name,
            locale: Type.Optional(Locale),
            timeZone: Type.Optional(TimeZone),
          }),
          response: { 201: Type.Object({ user: Type.Ref('Me') }), ...problemResponses(400, 409, 429) },
        },
      },
      async (request, reply) => {
        const body = request.body as Parameters<typeof signup>[1];
        const { user, sessionToken } = await signup(db, { ...body, locale: body.locale ?? request.locale });
        setSessionCookies(reply, ctx.config, sessionToken);
        return reply.status(201).send({ user: await meView(db, user) });
      },
    );

    app.post(
      '/api/auth/login',
      {
        config: limit(ctx.config.rateLimits.login),
        schema: {
          tags,
          summary: 'Log in with email and password',
          body: Type.Object({ email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }) }),
          response: { 200: Type.Object({ user: Type.Ref('Me') }), ...problemResponses(400, 401, 429) },
        },
      },
      async (request, reply) => {
        const { email, password } = request.body as { email: string; password: string };
        const { user, sessionToken } = await login(db, email, password);
        setSessionCookies(reply, ctx.config, sessionToken);
        return { user: await meView(db, user) };
      },
    );

    app.post('/api/auth/logout', { schema: { tags, summary: 'End the current session', response: { 204: Type.Null() } } }, async (request, reply) => {
      const token = sessionTokenOf(request);
      if (token) await deleteSession(db, token);
      clearSessionCookies(reply);
      return reply.status(204).send();
    });

    app.post(
      '/api/auth/password-reset',
      {
        config: limit(ctx.config.rateLimits.passwordReset),
        schema: {
          tags,
          summary: 'Email a single-use password reset link (valid 1 hour); same answer for unknown emails',
          body: Type.Object({ email: Email }),
          response: { 202: Type.Object({}), ...problemResponses(400, 429) },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(ctx, (request.body as { email: string }).email);
        return reply.status(202).send({});
      },
    );

    app.post(
      '/api/auth/password-reset/confirm',
      {
        config: limit(ctx.config.rateLimits.passwordReset),
        schema: {
          tags,
          summary: 'Choose a new password with a reset token; ends all sessions',
          body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }), password: Password }),
          response: { 204: Type.Null(), ...problemResponses(400, 429) },
        },
      },
      async (request, reply) => {
        const { token, password } = request.body as { token: string; password: string };
        await confirmPasswordReset(db, token, password);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/me',
      { schema: { tags, summary: 'The logged-in member: account, communities and profile', response: { 200: Type.Ref('Me'), ...problemResponses(401) } } },
      async (request) => meView(db, requireUser(request)),
    );

    app.put(
      '/api/me/settings',
      {
        schema: {
          tags,
          summary: 'Change name, language, time zone or picks per week',
          body: Type.Object({
            name: Type.Optional(ProfileFields.name),
            locale: Type.Optional(Locale),
            timeZone: Type.Optional(TimeZone),
            picksPerWeek: Type.Optional(PicksPerWeekSchema),
          }),
          response: { 200: Type.Ref('Me'), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        await updateSettings(db, user.id, request.body as Parameters<typeof updateSettings>[2]);
        return meView(db, (await userById(db, user.id))!);
      },
    );

    app.put(
      '/api/me/password',
      {
        config: limit(ctx.config.rateLimits.login),
        schema: {
          tags,
          summary: 'Change password; ends the other sessions',
          body: Type.Object({ currentPassword: Type.String({ maxLength: 200 }), newPassword: Password }),
          response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 429) },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const { currentPassword, newPassword } = request.body as { currentPassword: string; newPassword: string };
        await changePassword(db, user, currentPassword, newPassword, sessionTokenOf(request)!);
        return reply.status(204).send();
      },
    );
  };
