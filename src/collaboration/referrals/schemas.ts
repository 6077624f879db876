import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../http/schema-types.ts';
import { maxValueCents, receiverStatuses, referralStatuses, warmths } from './model.ts';

const Instant = Type.String({ format: 'date-time' });
const Status = StringEnum(referralStatuses);
const orNull = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

export const MoneySchema = Type.Object({ amountCents: Type.Integer(), currency: Type.String() });

export const GiveBody = Type.Object(
  {
    to: Type.String({ minLength: 1, maxLength: 80, description: 'The receiver’s profile slug' }),
    contact: Type.Object(
      {
        name: Text(200),
        email: Type.Optional(Type.String({ maxLength: 254 })),
        phone: Type.Optional(Type.String({ maxLength: 40 })),
        company: Type.Optional(Type.String({ maxLength: 200 })),
      },
      { additionalProperties: false, description: 'The third party: an email, a phone or both' },
    ),
    need: Text(1000),
    warmth: StringEnum(warmths),
    consent: Type.Boolean({ description: 'The third party agreed to be contacted: must be true' }),
    meetingId: Type.Optional(Type.String({ format: 'uuid', description: 'Your meeting it came from' })),
  },
  { additionalProperties: false },
);

export const StatusBody = Type.Object(
  {
    status: StringEnum(receiverStatuses),
    valueCents: Type.Optional(Type.Integer({ minimum: 1, maximum: maxValueCents, description: 'Closed business in hundredths: with "won" only, and required then' })),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217; EUR when left out' })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const WithdrawBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });

const summaryFields = {
  id: Type.String(),
  role: StringEnum(['giver', 'receiver'] as const),
  other: Type.Ref('MemberCard'),
  contact: Type.Object({ name: Type.String(), email: orNull(Type.String()), phone: orNull(Type.String()), company: Type.String() }),
  need: Type.String(),
  warmth: StringEnum(warmths),
  status: Status,
  value: orNull(MoneySchema),
  meetingId: orNull(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
  closedAt: orNull(Instant),
  nextSteps: Type.Array(Status),
};

export const ReferralSummarySchema = Type.Object(summaryFields);
export const ReferralSchema = Type.Object({
  ...summaryFields,
  history: Type.Array(
    Type.Object({ at: Instant, by: StringEnum(['you', 'them'] as const), from: orNull(Status), to: Status, note: Type.String(), value: orNull(MoneySchema) }),
  ),
});
