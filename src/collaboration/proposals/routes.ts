import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { createProposal, type NewProposal } from './create-proposal.ts';
import { listProposals } from './list-proposals.ts';
import type { ProposalState } from './model.ts';
import {
  acceptProposal,
  cancelProposal,
  commentOnProposal,
  completeProposal,
  editProposal,
  sendProposal,
  startProposal,
  type Completion,
  type ProposalEdit,
} from './proposal-actions.ts';
import { AcceptBody, CancelBody, CommentBody, CompleteBody, EditBody, NewProposalBody, ProposalConflict, ProposalListReply, ProposalReply, ProposalState as State } from './schemas.ts';
import { proposalView, type ProposalView } from './views.ts';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
const memberOf = (request: FastifyRequest) => requireUser(request).id;
const changeResponses = { 200: ProposalReply, 409: ProposalConflict, ...problemResponses(400, 401, 404) };

/** The proposals API (src/collaboration/proposals/README-api.md). */
export const proposalRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['proposals'];
    requireLoginForAllRoutes(app);

    app.post(
      '/api/proposals',
      {
        schema: {
          tags,
          summary: 'Create a draft collaboration proposal with 1–10 other members; only you see it until you send it',
          body: NewProposalBody,
          response: { 201: ProposalReply, ...problemResponses(400, 401) },
        },
      },
      async (request, reply) => reply.status(201).send(await createProposal(ctx, memberOf(request), request.body as NewProposal)),
    );

    app.get(
      '/api/proposals',
      {
        schema: {
          tags,
          summary: 'The proposals you are on, newest change first, a page at a time; optionally in one state',
          querystring: Type.Object({
            state: Type.Optional(State),
            before: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The `next` of the previous answer' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
          }),
          response: { 200: ProposalListReply, ...problemResponses(400, 401) },
        },
      },
      async (request) => listProposals(db, memberOf(request), request.query as { state?: ProposalState; before?: string; limit: number }),
    );

    app.get(
      '/api/proposals/:id',
      {
        schema: {
          tags,
          summary: 'A proposal you are on: parties and acceptances, current content, comments, history and every version',
          params: Id,
          response: { 200: ProposalReply, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => proposalView(db, memberOf(request), idOf(request)),
    );

    app.patch(
      '/api/proposals/:id',
      {
        schema: {
          tags,
          summary: 'Edit the content from the version you read: a new version that everyone else must accept again',
          params: Id,
          body: EditBody,
          response: changeResponses,
        },
      },
      async (request) => editProposal(ctx, memberOf(request), idOf(request), request.body as ProposalEdit),
    );

    const action = <B>(path: string, summary: string, body: TSchema, run: (memberId: string, id: string, body: B) => Promise<ProposalView>, status = 200) =>
      app.post(
        `/api/proposals/:id/${path}`,
        {
          schema: { tags, summary, params: Id, body, response: { ...changeResponses, [status]: ProposalReply } },
          // A POST without a body is `{}`: send and start need nothing, and the others then name what is missing.
          preValidation: async (request) => {
            request.body ??= {};
          },
        },
        async (request, reply) => reply.status(status).send(await run(memberOf(request), idOf(request), request.body as B)),
      );

    const Empty = Type.Object({}, { additionalProperties: false });
    action('send', 'Send your draft to the other parties (you accept the version you send)', Empty, (member, id) => sendProposal(ctx, member, id));
    action<{ body: string }>('comments', 'Comment on the proposal; the first answer opens the discussion', CommentBody, (member, id, body) => commentOnProposal(ctx, member, id, body.body), 201);
    action<{ version: number }>('accept', 'Accept the current version (409 if it changed); the last acceptance agrees the proposal', AcceptBody, (member, id, body) =>
      acceptProposal(ctx, member, id, body.version),
    );
    action('start', 'Start an agreed proposal', Empty, (member, id) => startProposal(ctx, member, id));
    action<Completion>('complete', 'Complete an active proposal with the value it brought', CompleteBody, (member, id, body) => completeProposal(ctx, member, id, body));
    action<{ reason: string }>('cancel', 'Cancel a proposal that is not completed, with a reason', CancelBody, (member, id, body) => cancelProposal(ctx, member, id, body.reason));
  };
