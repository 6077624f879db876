import { Type } from '@sinclair/typebox';
import { StringEnum } from '../http/schema-types.ts';
import { goals, visibilities } from './profile-input.ts';

const Link = Type.Object({ label: Type.String(), url: Type.String() });

/** The profile as its owner sees it (GET /api/me, PUT /api/me/profile). */
export const ProfileSchema = Type.Object({
    slug: Type.String(),
    name: Type.String(),
    headline: Type.String(),
    company: Type.String(),
    sector: Type.String(),
    city: Type.String(),
    region: Type.String(),
    country: Type.String(),
    languages: Type.Array(Type.String()),
    photoUrl: Type.String(),
    offers: Type.Array(Type.String()),
    needs: Type.Array(Type.String()),
    goals: Type.Array(StringEnum(goals)),
    remote: Type.Boolean(),
    pitch: Type.String(),
    website: Type.String(),
    links: Type.Array(Link),
    visibility: StringEnum(visibilities),
    onboardingCompletedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

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

/** A directory result. */
export const MemberCardSchema = Type.Object(cardFields, { $id: 'MemberCard' });

/** Another member's profile as the viewer may see it. */
export const MemberSchema = Type.Object(
  {
    ...cardFields,
    region: Type.String(),
    needs: Type.Array(Type.String()),
    pitch: Type.String(),
    website: Type.String(),
    links: Type.Array(Link),
    visibility: StringEnum(visibilities),
    publicUrl: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'Member' },
);
