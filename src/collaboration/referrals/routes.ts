import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses, StringEnum } from '../../http/schema-types.ts';
import { giveReferral, type NewReferral } from './give-referral.ts';
import { listReferrals } from './list-referrals.ts';
import { changeStatus, withdrawReferral, type StatusChange } from './move-referral.ts';
import { GiveBody, ReferralSchema, ReferralSummarySchema, StatusBody, WithdrawBody } from './schemas.ts';
import { referralOfParty } from './store.ts';
import { toReferralView } from './views.ts';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Referrals (givers gain): give, list, read and move them. Only their giver and receiver ever see one. */
export const referralRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['referrals'];
    requireLoginForAllRoutes(app);

    app.post(
      '/api/referrals',
      {
        schema: {
          tags,
          summary: 'Give a member a referral: a third party who agreed to be contacted, what they need and how warm it is',
          body: GiveBody,
          response: { 201: ReferralSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const row = await giveReferral(ctx, user.id, request.body as NewReferral);
        return reply.status(201).send(await toReferralView(db, user.id, row));
      },
    );

    app.get(
      '/api/referrals',
      {
        schema: {
          tags,
          summary: 'A page of the referrals you gave or received, newest first',
          querystring: Type.Object({
            role: Type.Optional(StringEnum(['given', 'received'] as const, { default: 'received' })),
            before: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The `next` of the previous answer' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
          }),
          response: {
            200: Type.Object({ items: Type.Array(ReferralSummarySchema), next: Type.Union([Type.String(), Type.Null()]) }),
            ...problemResponses(400, 401),
          },
        },
      },
      async (request) => {
        const query = request.query as { role: 'given' | 'received'; before?: string; limit: number };
        return listReferrals(db, requireUser(request).id, query);
      },
    );

    app.get(
      '/api/referrals/:id',
      { schema: { tags, summary: 'A referral you gave or received, with its history', params: Id, response: { 200: ReferralSchema, ...problemResponses(400, 401, 404) } } },
      async (request) => {
        const user = requireUser(request);
        return toReferralView(db, user.id, await referralOfParty(db, (request.params as { id: string }).id, user.id));
      },
    );

    app.post(
      '/api/referrals/:id/status',
      {
        schema: {
          tags,
          summary: 'The receiver moves it: contacted → meeting → won (with the closed value, credited to the giver) or lost',
          params: Id,
          body: StatusBody,
          response: { 200: ReferralSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const row = await changeStatus(ctx, user.id, (request.params as { id: string }).id, request.body as StatusChange);
        return toReferralView(db, user.id, row);
      },
    );

    app.post(
      '/api/referrals/:id/withdraw',
      {
        schema: { tags, summary: 'The giver takes back a referral still new', params: Id, body: WithdrawBody, response: { 200: ReferralSchema, ...problemResponses(400, 401, 403, 404, 409) } },
        // A POST without a body is `{}`.
        preValidation: async (request) => {
          request.body ??= {};
        },
      },
      async (request) => {
        const user = requireUser(request);
        const { note } = request.body as { note?: string };
        return toReferralView(db, user.id, await withdrawReferral(ctx, user.id, (request.params as { id: string }).id, note));
      },
    );
  };
