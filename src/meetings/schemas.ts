import { Type, type TSchema } from '@sinclair/typebox';
import { CollaborationIdeaSchema } from '../collaboration/ideas/schemas.ts';
import { IntegerEnum, StringEnum } from '../http/schema-types.ts';
import { meetingActions, meetingStatuses } from './model.ts';
import { meetingFormats, meetingLengths } from './scheduling/types.ts';
import { weekdays } from './scheduling/zoned-time.ts';

const Instant = Type.String({ format: 'date-time' });
const LocalTime = Type.String({ pattern: '^\\d{2}:\\d{2}$' });
const LocalDate = Type.String({ format: 'date' });
const TimeRange = Type.Object({ from: LocalTime, to: LocalTime }, { additionalProperties: false });
export const Format = StringEnum(meetingFormats);
export const Length = IntegerEnum(meetingLengths);

export const AvailabilitySchema = Type.Object(
  {
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    weeklyHours: Type.Partial(
      Type.Object(Object.fromEntries(weekdays.map((day) => [day, Type.Array(TimeRange, { maxItems: 6 })])) as Record<string, TSchema>),
      { additionalProperties: false },
    ),
    exceptions: Type.Array(
      Type.Union([
        Type.Object({ kind: Type.Literal('off'), from: LocalDate, to: Type.Optional(LocalDate) }, { additionalProperties: false }),
        Type.Object({ kind: Type.Literal('extra'), date: LocalDate, ranges: Type.Array(TimeRange, { maxItems: 6 }) }, { additionalProperties: false }),
      ]),
      { maxItems: 100 },
    ),
    formats: Type.Array(Format, { minItems: 1, maxItems: 3, uniqueItems: true }),
    defaultLength: Length,
    bufferMinutes: Type.Integer({ minimum: 0, maximum: 240 }),
  },
  { $id: 'Availability', additionalProperties: false },
);

export const SlotViewSchema = Type.Object(
  { start: Instant, end: Instant, yours: Type.String(), theirs: Type.String() },
  { $id: 'SlotView' },
);

/** Something the other member needs, as the viewer noted it, read as taxonomy concepts. */
const TheirNeed = Type.Object({ phrase: Type.String(), concepts: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })) });

export const MeetingNotesSchema = Type.Object(
  {
    notes: Type.String(),
    theirNeeds: Type.Array(TheirNeed),
    nextStep: Type.String(),
    nextStepAt: Type.Union([LocalDate, Type.Null()]),
    useful: Type.Union([Type.Boolean(), Type.Null()]),
    noShow: Type.Boolean(),
  },
  { $id: 'MeetingNotes' },
);

export const MeetingSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: StringEnum(meetingStatuses),
    turn: StringEnum(['answer', 'waiting', 'none'] as const),
    role: StringEnum(['proposer', 'invitee'] as const),
    other: Type.Ref('MemberCard'),
    purpose: Type.String(),
    format: Format,
    lengthMinutes: Type.Integer(),
    place: Type.String(),
    slot: Type.Union([Type.Ref('SlotView'), Type.Null()]),
    proposedSlots: Type.Array(Type.Ref('SlotView')),
    history: Type.Array(
      Type.Object({ at: Instant, by: StringEnum(['you', 'them'] as const), action: StringEnum(meetingActions), message: Type.String() }),
    ),
    notes: Type.Union([Type.Ref('MeetingNotes'), Type.Null()]),
  },
  { $id: 'Meeting' },
);

export const MeetingBriefSchema = Type.Object(
  {
    meetingId: Type.String({ format: 'uuid' }),
    you: Type.Object({ name: Type.String(), pitch: Type.String() }),
    them: Type.Object({ name: Type.String(), pitch: Type.String(), headline: Type.String() }),
    reasons: Type.Array(Type.String()),
    questions: Type.Array(Type.String()),
    youCouldOffer: Type.Array(Type.String()),
    collaborationIdeas: Type.Array(CollaborationIdeaSchema),
  },
  { $id: 'MeetingBrief' },
);

/** "Who in my network offers this?": each need noted, with the viewer's connections who offer it. */
export const NetworkOffersSchema = Type.Object(
  { items: Type.Array(Type.Object({ need: TheirNeed, members: Type.Array(Type.Ref('MemberCard')) })) },
  { $id: 'NetworkOffers' },
);

/** A 409 about a slot: the problem and fresh mutually free slots to choose from instead. */
export const SlotConflictSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    /** Present when the slot was the problem (not for an action out of turn). */
    proposals: Type.Optional(Type.Array(Type.Ref('SlotView'))),
  },
  { $id: 'SlotConflict' },
);

/** Shared schemas the server registers so routes and the OpenAPI document can $ref them. */
export const meetingSchemas = [AvailabilitySchema, SlotViewSchema, MeetingNotesSchema, MeetingSchema, MeetingBriefSchema, NetworkOffersSchema, SlotConflictSchema];

/** Slots sent by a client: 1–5 pairs of instants. */
export const SlotsInput = Type.Array(Type.Object({ start: Instant, end: Instant }, { additionalProperties: false }), {
  minItems: 1,
  maxItems: 5,
});
