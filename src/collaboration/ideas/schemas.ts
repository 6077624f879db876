import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../http/schema-types.ts';
import { proposalFormats } from '../proposals/model.ts';

// Inline schemas (no $id), so the meeting brief can embed the same idea without a shared registration.
const Sides = Type.Object({ a: Type.String({ description: 'The viewer' }), b: Type.String({ description: 'The other member' }) });

export const CollaborationIdeaSchema = Type.Object({
  format: StringEnum(proposalFormats),
  kind: Type.Optional(StringEnum(['contentSwap', 'sharedNewsletter', 'jointWebinar', 'workshop', 'distribution', 'reseller'] as const)),
  rationale: Type.String({ description: 'One line: what to do and why it fits the pair' }),
  gains: Type.Object(Sides.properties, { description: 'What each side gets out of it' }),
  fit: Type.Number({ minimum: 0, maximum: 1 }),
  concepts: Type.Array(Type.String(), { description: 'The taxonomy concepts the idea was drawn from' }),
});

export const MemberIdeasSchema = Type.Object({
  member: Type.Object({ slug: Type.String(), name: Type.String() }),
  ideas: Type.Array(CollaborationIdeaSchema),
});
