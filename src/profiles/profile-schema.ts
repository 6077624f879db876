import { Type } from '@sinclair/typebox';
import { StringEnum } from '../http/schema-types.ts';
import { goals, visibilities } from './profile-input.ts';

const cardFields = {
  slug: Type.String(),
  name: Type.String(),
  headline: Type.String(),
  company: Type.String(),
  sector: Type.String(),
  city: Type.String(),
  country: Type.String(),
  photoUrl: Type.String(),
  offers: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  goals: Type.Array(StringEnum(goals)),
  remote: Type.Boolean(),
};

const detailFields = {
  ...cardFields,
  region: Type.String(),
  needs: Type.Array(Type.String()),
  pitch: Type.String(),
  website: Type.String(),
  links: Type.Array(Type.Object({ label: Type.String(), url: Type.String() })),
  visibility: StringEnum(visibilities),
};

/** A directory result. */
export const MemberCardSchema = Type.Object(cardFields, { $id: 'MemberCard' });

/** Another member's profile as the viewer may see it. */
export const MemberSchema = Type.Object(
  { ...detailFields, publicUrl: Type.Union([Type.String(), Type.Null()]) },
  { $id: 'Member' },
);

/** The profile as its owner sees it (inside GET /api/me). */
export const ProfileSchema = Type.Object({
  ...detailFields,
  onboardingCompletedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
