import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../http/request-context.ts';
import { problemResponses } from '../http/schema-types.ts';
import { block, unblock } from './blocks.ts';
import { listConnections, requestConnection, respond, type Answer } from './connections.ts';
import { noteMaxLength } from './schema.ts';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const ConnectionReply = Type.Object({ connection: Type.Ref('Connection') });

export const connectionRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['connections'];
    requireLoginForAllRoutes(app);

    app.post(
      '/api/connections',
      {
        schema: {
          tags,
          summary: 'Ask a member to connect, with an optional note (201); if they had already asked you, it accepts their request (200)',
          body: Type.Object({ slug: Slug, note: Type.Optional(Type.String({ maxLength: noteMaxLength })) }),
          response: { 200: ConnectionReply, 201: ConnectionReply, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const { slug, note } = request.body as { slug: string; note?: string };
        const connection = await requestConnection(db, user.id, slug, note);
        return reply.status(connection.status === 'pending' ? 201 : 200).send({ connection });
      },
    );

    app.get(
      '/api/connections',
      {
        schema: {
          tags,
          summary: 'My connections, the requests waiting for my answer (incoming) and those I sent (outgoing)',
          response: {
            200: Type.Object({
              connected: Type.Array(Type.Ref('Connection')),
              incoming: Type.Array(Type.Ref('Connection')),
              outgoing: Type.Array(Type.Ref('Connection')),
            }),
            ...problemResponses(401),
          },
        },
      },
      async (request) => listConnections(db, requireUser(request).id),
    );

    for (const answer of ['accept', 'decline'] as const satisfies Answer[])
      app.post(
        `/api/connections/:id/${answer}`,
        {
          schema: {
            tags,
            summary: `${answer === 'accept' ? 'Accept' : 'Decline'} a connection request addressed to me`,
            params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
            response: { 200: ConnectionReply, ...problemResponses(400, 401, 403, 404, 409) },
          },
        },
        async (request) => {
          const user = requireUser(request);
          const { id } = request.params as { id: string };
          return { connection: await respond(db, user.id, id, answer) };
        },
      );

    app.post(
      '/api/blocks',
      {
        schema: {
          tags,
          summary: 'Block a member: ends any request or connection between you and hides you from each other',
          body: Type.Object({ slug: Slug }),
          response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await block(db, requireUser(request).id, (request.body as { slug: string }).slug);
        return reply.status(204).send();
      },
    );

    app.delete(
      '/api/blocks/:slug',
      {
        schema: {
          tags,
          summary: 'Unblock a member (you are not connected again until one of you asks)',
          params: Type.Object({ slug: Slug }),
          response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await unblock(db, requireUser(request).id, (request.params as { slug: string }).slug);
        return reply.status(204).send();
      },
    );
  };
