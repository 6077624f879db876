import { Type, type TSchema } from '@sinclair/typebox';
import { IntegerEnum, StringEnum } from '../../http/schema-types.ts';
import type { PitchCriterion } from './analysis/types.ts';
import { pitchLanguages, pitchLimits, pitchPartNames, pitchVersionNames } from './model.ts';

const record = <K extends string>(keys: readonly K[], value: () => TSchema, options: Record<string, unknown> = {}) =>
  Type.Object(Object.fromEntries(keys.map((key) => [key, value()])), options);

export const Language = StringEnum(pitchLanguages);
export const VersionName = StringEnum(pitchVersionNames);
export const TargetSeconds = IntegerEnum([10, 30, 60] as const);

export const PartsInput = record(pitchPartNames, () => Type.String({ maxLength: pitchLimits.part }), { additionalProperties: false });
export const VersionsInput = record(pitchVersionNames, () => Type.String({ maxLength: pitchLimits.version }), { additionalProperties: false });

export const DraftBody = Type.Object({ language: Language, parts: PartsInput, versions: VersionsInput }, { additionalProperties: false });

export const PitchDraftSchema = Type.Object({
  language: Language,
  parts: record(pitchPartNames, () => Type.String()),
  versions: record(pitchVersionNames, () => Type.String()),
  publishedVersion: Type.Union([VersionName, Type.Null()]),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'null until the draft is first saved' }),
  profilePitch: Type.String({ description: 'The pitch on your profile now' }),
  profileSlug: Type.String(),
});

const criteria: readonly PitchCriterion[] = ['length', 'structure', 'sentences', 'clarity', 'listenerFocus', 'concreteness', 'ask'];
const Detail = Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Array(Type.String())]);

export const AnalyzeBody = Type.Object(
  {
    text: Type.String({ maxLength: 100_000, description: 'May be empty or very long: the analysis then says what to do' }),
    language: Type.Optional(Type.String({ maxLength: 35, description: 'es or en; your account language when left out' })),
    targetSeconds: Type.Optional(TargetSeconds),
  },
  { additionalProperties: false },
);

export const PitchAnalysisSchema = Type.Object({
  language: Language,
  score: Type.Number({ minimum: 0, maximum: 100 }),
  words: Type.Integer({ minimum: 0 }),
  seconds: Type.Integer({ minimum: 0 }),
  wordsPerMinute: Type.Number(),
  targetSeconds: Type.Integer(),
  detectedLanguage: Type.Union([Language, Type.Null()], { description: 'The language the text looks like; null when neither, or too short to tell' }),
  criteria: record(criteria, () => Type.Object({ score: Type.Number(), details: Type.Record(Type.String(), Detail) })),
  suggestions: Type.Array(
    Type.Object({
      criterion: StringEnum([...criteria, 'language'], { description: "A criterion, or 'language' when the text is not in the language analysed" }),
      quote: Type.Union([Type.String(), Type.Null()]),
      message: Type.String(),
    }),
  ),
});

export const TailoredPitchSchema = Type.Object({
  member: Type.Object({ slug: Type.String(), name: Type.String() }),
  language: Language,
  text: Type.String(),
  connected: Type.Boolean({ description: 'The text names their needs and what of yours meets them' }),
  needs: Type.Array(Type.String()),
  offers: Type.Array(Type.String()),
  hint: Type.Union([StringEnum(['no-needs', 'no-match', 'empty-pitch'] as const), Type.Null()]),
  ideas: Type.Array(Type.String()),
});
