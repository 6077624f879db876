import { Type } from '@sinclair/typebox';
import { StringEnum } from '../http/schema-types.ts';

export const noteMaxLength = 300;

/** A connection or request as one of its members sees it (`member` is the other one). */
export const ConnectionSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    member: Type.Ref('MemberCard'),
    note: Type.String(),
    status: StringEnum(['pending', 'accepted', 'declined'] as const),
    createdAt: Type.String({ format: 'date-time' }),
    mutualConnections: Type.Integer({ minimum: 0 }),
  },
  { $id: 'Connection' },
);
