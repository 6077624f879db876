import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../http/schema-types.ts';
import { maxOtherParties, maxValueCents, type Money, proposalEventKinds, proposalFormats, proposalStates } from './model.ts';

// Inline schemas (no $id): the domain registers nothing on the root server.
const Text = (maxLength: number) => Type.String({ maxLength });
const Slug = Type.String({ minLength: 1, maxLength: 80 });
const LocalDate = Type.Union([Type.String({ format: 'date' }), Type.Null()]);
const Instant = Type.String({ format: 'date-time' });
const Cents = Type.Integer({ minimum: 0, maximum: maxValueCents, description: 'Hundredths of the currency unit, 0 to 100,000,000.00' });
/** ISO 4217; an unknown code is a field error of its own. */
const Currency = Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217 code, e.g. EUR' });
const Version = Type.Integer({ minimum: 1, description: 'The current version, as last read' });
export const ProposalFormat = StringEnum(proposalFormats);
export const ProposalState = StringEnum(proposalStates);

// `nullable` rather than a union with null, so a bad amount is one error on the amount alone.
const MoneyInput = Type.Unsafe<Money | null>({ ...Type.Object({ amountCents: Cents, currency: Currency }, { additionalProperties: false }), nullable: true });
const Part = { gives: Type.Optional(Text(1000)), gets: Type.Optional(Text(1000)) };
const PartInput = Type.Object({ member: Slug, ...Part }, { additionalProperties: false });

const contentFields = {
  format: ProposalFormat,
  title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  description: Type.Optional(Text(5000)),
  estimatedValue: Type.Optional(MoneyInput),
  nextSteps: Type.Optional(Text(2000)),
  startsOn: Type.Optional(LocalDate),
  endsOn: Type.Optional(LocalDate),
};

export const NewProposalBody = Type.Object(
  {
    ...contentFields,
    parties: Type.Array(PartInput, { maxItems: maxOtherParties, description: 'The other members (1–10), by profile slug, each with their part' }),
    yours: Type.Optional(Type.Object(Part, { additionalProperties: false })),
    meetingId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export const EditBody = Type.Object(
  {
    version: Version,
    ...Type.Partial(Type.Object(contentFields)).properties,
    contributions: Type.Optional(Type.Array(PartInput, { maxItems: maxOtherParties + 1, description: 'New parts for members on the proposal, by slug' })),
  },
  { additionalProperties: false },
);

export const CommentBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }) }, { additionalProperties: false });
export const AcceptBody = Type.Object({ version: Version }, { additionalProperties: false });
export const CompleteBody = Type.Object(
  { outcomeValueCents: Cents, currency: Type.Optional(Currency), note: Type.Optional(Text(1000)) },
  { additionalProperties: false },
);
export const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) }, { additionalProperties: false });

const MoneyView = Type.Object({ amountCents: Type.Integer(), currency: Type.String() });
const PersonRef = Type.Object({ slug: Type.String(), name: Type.String() });
const ContentView = {
  format: ProposalFormat,
  title: Type.String(),
  description: Type.String(),
  contributions: Type.Array(Type.Object({ member: Type.String(), gives: Type.String(), gets: Type.String() })),
  estimatedValue: Type.Union([MoneyView, Type.Null()]),
  nextSteps: Type.String(),
  startsOn: LocalDate,
  endsOn: LocalDate,
};
const Role = StringEnum(['author', 'party'] as const);

export const ProposalReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  state: ProposalState,
  version: Type.Integer(),
  role: Role,
  meetingId: Type.Union([Type.String(), Type.Null()]),
  ...ContentView,
  parties: Type.Array(
    Type.Object({
      member: Type.Ref('MemberCard'),
      role: Role,
      gives: Type.String(),
      gets: Type.String(),
      acceptedVersion: Type.Union([Type.Integer(), Type.Null()]),
      acceptedAt: Type.Union([Instant, Type.Null()]),
    }),
  ),
  outcome: Type.Union([Type.Object({ ...MoneyView.properties, note: Type.String() }), Type.Null()]),
  cancelReason: Type.Union([Type.String(), Type.Null()]),
  comments: Type.Array(Type.Object({ id: Type.Integer(), by: PersonRef, version: Type.Integer(), body: Type.String(), at: Instant })),
  history: Type.Array(
    Type.Object({
      at: Instant,
      by: PersonRef,
      action: StringEnum(proposalEventKinds),
      fromState: Type.Union([ProposalState, Type.Null()]),
      toState: ProposalState,
      version: Type.Integer(),
      details: Type.Object({}, { additionalProperties: true }),
    }),
  ),
  versions: Type.Array(Type.Object({ version: Type.Integer(), by: PersonRef, at: Instant, ...ContentView })),
  createdAt: Instant,
  updatedAt: Instant,
});

export const ProposalListReply = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      state: ProposalState,
      version: Type.Integer(),
      role: Role,
      format: ProposalFormat,
      title: Type.String(),
      parties: Type.Array(PersonRef),
      awaitsYou: Type.Boolean(),
      updatedAt: Instant,
    }),
  ),
  next: Type.Union([Type.String(), Type.Null()]),
});

/** A 409: the problem, and with a stale version the current one to read again. */
export const ProposalConflict = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  instance: Type.Optional(Type.String()),
  currentVersion: Type.Optional(Type.Integer()),
});
