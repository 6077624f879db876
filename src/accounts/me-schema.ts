import { Type } from '@sinclair/typebox';
import { StringEnum } from '../http/schema-types.ts';
import { locales } from '../i18n/locale.ts';
import { ProfileSchema } from '../profiles/profile-schema.ts';
import { PicksPerWeekSchema } from './picks-per-week.ts';

export const MeSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.String(),
    locale: StringEnum(locales),
    timeZone: Type.String(),
    picksPerWeek: PicksPerWeekSchema,
    isInstanceAdmin: Type.Boolean(),
    communities: Type.Array(
      Type.Object({ slug: Type.String(), name: Type.String(), role: StringEnum(['member', 'admin'] as const) }),
    ),
    profile: ProfileSchema,
  },
  { $id: 'Me' },
);
