import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../http/schema-types.ts';
import { feedbackKinds } from '../store/feedback.ts';

export const relations = ['partner', 'client', 'supplier', 'peer', 'competitor'] as const;

/** One member worth meeting, with the reasons in the viewer's language. */
export const DiscoverItemSchema = Type.Object(
  {
    member: Type.Ref('MemberCard'),
    score: Type.Integer({ minimum: 0, maximum: 100 }),
    relation: StringEnum(relations),
    reasons: Type.Array(Type.String(), { minItems: 1 }),
    mutualConnections: Type.Integer({ minimum: 0 }),
    connection: Type.Union([StringEnum(['connected', 'pending-outgoing', 'pending-incoming'] as const), Type.Null()]),
  },
  { $id: 'DiscoverItem' },
);

export const DiscoverQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 5 }),
  offset: Type.Integer({ minimum: 0, maximum: 10000, default: 0 }),
  includeCompetitors: Type.Boolean({ default: false }),
});

export const DiscoverResponseSchema = Type.Object({
  items: Type.Array(Type.Ref('DiscoverItem')),
  total: Type.Integer({ minimum: 0 }),
  nextStep: Type.Union([StringEnum(['complete-profile', 'add-offers-needs'] as const), Type.Null()]),
});

export const FeedbackSchema = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 80 }),
  kind: StringEnum(feedbackKinds),
});

export const SearchQuerySchema = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200 }),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
});

const PhraseConceptsSchema = Type.Object({
  phrase: Type.String(),
  concepts: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
});

export const MemberConceptsSchema = Type.Object(
  { offers: Type.Array(PhraseConceptsSchema), needs: Type.Array(PhraseConceptsSchema) },
  { $id: 'MemberConcepts' },
);

const PhraseCorrectionsSchema = Type.Array(
  Type.Object({
    phrase: Type.String({ minLength: 1, maxLength: 80 }),
    conceptIds: Type.Array(Type.String({ minLength: 1, maxLength: 80 }), { maxItems: 10 }),
  }),
  { maxItems: 20 },
);

export const ConceptCorrectionsSchema = Type.Object({
  offers: Type.Optional(PhraseCorrectionsSchema),
  needs: Type.Optional(PhraseCorrectionsSchema),
});
