import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../http/request-context.ts';
import { problemResponses } from '../http/schema-types.ts';
import { briefFor } from './brief/build-brief.ts';
import { listMeetings } from './list-meetings.ts';
import { acceptMeeting, cancelMeeting, counterPropose, declineMeeting, rescheduleMeeting } from './meeting-actions.ts';
import { meetingOfParty } from './meeting-store.ts';
import { networkOffers } from './network-offers.ts';
import { proposeMeeting, slotsWith, type NewMeeting } from './propose-meeting.ts';
import { saveNotes, type NotesChange } from './save-notes.ts';
import type { MeetingLength } from './scheduling/types.ts';
import { Format, Length, SlotsInput } from './schemas.ts';
import { toMeetingView, type Viewer } from './views.ts';

type SlotsBody = { start: string; end: string }[];
const toSlots = (slots: SlotsBody) => slots.map((slot) => ({ start: new Date(slot.start), end: new Date(slot.end) }));
const viewerOf = (request: FastifyRequest): Viewer => ({ id: requireUser(request).id, locale: request.locale });

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Message = Type.String({ maxLength: 1000 });
const Reason = Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' });
const MeetingReply = Type.Ref('Meeting');
const actionResponses = { 200: MeetingReply, 409: Type.Ref('SlotConflict'), ...problemResponses(400, 401, 403, 404) };

/** The meetings API (src/meetings/README-api.md). */
export const meetingRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['meetings'];
    requireLoginForAllRoutes(app);

    app.get(
      '/api/meetings/slots',
      {
        schema: {
          tags,
          summary: 'Up to 5 slots in the next 14 days when you and the member are both free, on both clocks',
          querystring: Type.Object({ with: Type.String({ minLength: 1, maxLength: 80 }), lengthMinutes: Type.Optional(Length) }),
          response: { 200: Type.Object({ slots: Type.Array(Type.Ref('SlotView')) }), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const query = request.query as { with: string; lengthMinutes?: MeetingLength };
        return { slots: await slotsWith(db, viewerOf(request), query.with, query.lengthMinutes ?? 30) };
      },
    );

    app.post(
      '/api/meetings',
      {
        schema: {
          tags,
          summary: 'Propose a meeting to a member with 1–5 slots',
          body: Type.Object(
            {
              with: Type.String({ minLength: 1, maxLength: 80 }),
              purpose: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
              format: Format,
              lengthMinutes: Length,
              place: Type.Optional(Type.String({ maxLength: 500 })),
              slots: SlotsInput,
            },
            { additionalProperties: false },
          ),
          response: { 201: MeetingReply, 409: Type.Ref('SlotConflict'), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const body = request.body as Omit<NewMeeting, 'slots'> & { slots: SlotsBody };
        const meeting = await proposeMeeting(ctx, viewerOf(request), { ...body, slots: toSlots(body.slots) });
        return reply.status(201).send(meeting);
      },
    );

    app.get(
      '/api/meetings',
      {
        schema: {
          tags,
          summary: 'Requests to answer and upcoming meetings, all of them, and a page of past ones (newest first)',
          querystring: Type.Object({
            pastBefore: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The `pastNext` of the previous answer' })),
            pastLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
          }),
          response: {
            200: Type.Object({
              requests: Type.Array(MeetingReply),
              upcoming: Type.Array(MeetingReply),
              past: Type.Array(MeetingReply),
              pastNext: Type.Union([Type.String(), Type.Null()]),
            }),
            ...problemResponses(400, 401),
          },
        },
      },
      async (request) => {
        const query = request.query as { pastBefore?: string; pastLimit: number };
        return listMeetings(db, viewerOf(request), { before: query.pastBefore, limit: query.pastLimit });
      },
    );

    app.get(
      '/api/meetings/:id',
      { schema: { tags, summary: 'One of your meetings', params: Id, response: { 200: MeetingReply, ...problemResponses(400, 401, 404) } } },
      async (request) => {
        const viewer = viewerOf(request);
        return toMeetingView(db, viewer, await meetingOfParty(db, (request.params as { id: string }).id, viewer.id));
      },
    );

    const action = <B>(path: string, summary: string, body: Parameters<typeof Type.Object>[0], run: (viewer: Viewer, id: string, body: B) => Promise<unknown>) =>
      app.post(
        `/api/meetings/:id/${path}`,
        {
          schema: { tags, summary, params: Id, body: Type.Object(body, { additionalProperties: false }), response: actionResponses },
          // A POST without a body is `{}`: decline needs nothing, and the others then name what is missing.
          preValidation: async (request) => {
            request.body ??= {};
          },
        },
        async (request) => run(viewerOf(request), (request.params as { id: string }).id, request.body as B),
      );

    action<{ start: string }>('accept', 'Accept one of the proposed slots (409 with fresh proposals if it is no longer free)', { start: Type.String({ format: 'date-time' }) }, (viewer, id, body) =>
      acceptMeeting(ctx, viewer, id, new Date(body.start)),
    );
    action<{ slots: SlotsBody; message?: string }>('propose', 'Propose other slots; the turn passes to the other member', { slots: SlotsInput, message: Type.Optional(Message) }, (viewer, id, body) =>
      counterPropose(ctx, viewer, id, toSlots(body.slots), body.message),
    );
    action<{ message?: string }>('decline', 'Decline the proposal, with an optional message', { message: Type.Optional(Message) }, (viewer, id, body) =>
      declineMeeting(ctx, viewer, id, body.message),
    );
    action<{ slots: SlotsBody; reason: string }>('reschedule', 'Move an accepted meeting: back to proposed with new slots', { slots: SlotsInput, reason: Reason }, (viewer, id, body) =>
      rescheduleMeeting(ctx, viewer, id, toSlots(body.slots), body.reason),
    );
    action<{ reason: string }>('cancel', 'Cancel a proposed or upcoming meeting, with a reason', { reason: Reason }, (viewer, id, body) =>
      cancelMeeting(ctx, viewer, id, body.reason),
    );

    app.get(
      '/api/meetings/:id/brief',
      {
        schema: {
          tags,
          summary: 'Prepare the meeting: both pitches, why you match, questions to ask, what you could offer, ideas',
          params: Id,
          response: { 200: Type.Ref('MeetingBrief'), ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => briefFor(db, viewerOf(request), (request.params as { id: string }).id),
    );

    app.get(
      '/api/meetings/:id/network-offers',
      {
        schema: {
          tags,
          summary: 'Who in your network offers what they need (from your notes): your connections to introduce them to',
          params: Id,
          response: { 200: Type.Ref('NetworkOffers'), ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => networkOffers(db, viewerOf(request), (request.params as { id: string }).id),
    );

    app.put(
      '/api/meetings/:id/notes',
      {
        schema: {
          tags,
          summary: 'Your private notes: what they need, the next step, whether it was useful (feeds Discover), a no-show',
          params: Id,
          body: Type.Partial(
            Type.Object({
              notes: Type.String({ maxLength: 5000 }),
              theirNeeds: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 20 }),
              nextStep: Type.String({ maxLength: 300 }),
              nextStepAt: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
              useful: Type.Union([Type.Boolean(), Type.Null()]),
              noShow: Type.Boolean(),
            }),
            { additionalProperties: false },
          ),
          response: { 200: Type.Ref('MeetingNotes'), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => saveNotes(ctx, viewerOf(request), (request.params as { id: string }).id, request.body as NotesChange),
    );
  };
