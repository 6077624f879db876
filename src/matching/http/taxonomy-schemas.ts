import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from '../../http/schema-types.ts';
import { relationChoices } from '../additions/relation-choice.ts';
import { CONCEPT_KINDS } from '../taxonomy/taxonomy.ts';

const taxonomyLocales = ['es', 'en'] as const;
const Id = Type.String({ minLength: 1, maxLength: 80 });
const Term = Type.String({ minLength: 1, maxLength: 80 });
const Terms = Type.Array(Term, { maxItems: 20 });
const Named = Type.Object({ id: Type.String(), label: Type.String() });

export const ConceptSearchQuerySchema = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 80 }),
  limit: Type.Integer({ minimum: 1, maximum: 20, default: 10 }),
});

const ConceptSummarySchema = Type.Object({ id: Type.String(), kind: StringEnum(CONCEPT_KINDS), label: Type.String() });
export type ConceptSummary = Static<typeof ConceptSummarySchema>;

export const ConceptSearchResultsSchema = Type.Object({ items: Type.Array(ConceptSummarySchema) });
export type ConceptSearchResults = Static<typeof ConceptSearchResultsSchema>;

export const SpheresSchema = Type.Object({ items: Type.Array(Named) });
export type Spheres = Static<typeof SpheresSchema>;

export const SynonymInputSchema = Type.Object({
  conceptId: Id,
  locale: StringEnum(taxonomyLocales),
  term: Term,
});

export const ConceptInputSchema = Type.Object({
  kind: StringEnum(CONCEPT_KINDS),
  label: Type.Object({ es: Term, en: Term }),
  synonyms: Type.Optional(Type.Object({ es: Type.Optional(Terms), en: Type.Optional(Terms) })),
  spheres: Type.Optional(Type.Array(Id, { maxItems: 2, uniqueItems: true })),
  relations: Type.Optional(Type.Array(Type.Object({ type: StringEnum(relationChoices), conceptId: Id }), { maxItems: 20 })),
});

const AddedBySchema = Type.Union([Type.Object({ name: Type.String(), slug: Type.String() }), Type.Null()]);
const addedFields = { addedBy: AddedBySchema, addedAt: Type.String({ format: 'date-time' }) };

export const ConceptAdditionSchema = Type.Object({
  id: Type.String(),
  kind: StringEnum(CONCEPT_KINDS),
  label: Type.Object({ es: Type.String(), en: Type.String() }),
  spheres: Type.Array(Named),
  relations: Type.Array(Type.Object({ type: StringEnum(relationChoices), conceptId: Type.String(), label: Type.String() })),
  ...addedFields,
});

export const SynonymAdditionSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  conceptId: Type.String(),
  conceptLabel: Type.String(),
  locale: StringEnum(taxonomyLocales),
  term: Type.String(),
  ...addedFields,
});

export const TaxonomyAdditionsSchema = Type.Object({
  concepts: Type.Array(ConceptAdditionSchema),
  synonyms: Type.Array(SynonymAdditionSchema),
});
