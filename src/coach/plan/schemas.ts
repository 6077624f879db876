import { Type } from '@sinclair/typebox';
import { IntegerEnum, StringEnum } from '../../http/schema-types.ts';
import { budgetChoices, itemKinds } from './model.ts';

const Budget = IntegerEnum(budgetChoices, { description: 'Minutes a week the member gives to networking' });
const LocalDate = Type.String({ format: 'date' });

export const PlanSettingsChangeSchema = Type.Object(
  {
    budgetMinutes: Type.Optional(Budget),
    digest: Type.Optional(Type.Boolean({ description: 'Whether the plan arrives by email on Monday mornings' })),
  },
  { additionalProperties: false },
);

export const ItemParamsSchema = Type.Object({ itemId: Type.String({ pattern: '^[a-z0-9-]{1,120}$' }) });

export const PlanSchema = Type.Object({
  weekStart: LocalDate,
  budgetMinutes: Budget,
  digest: Type.Boolean(),
  totalMinutes: Type.Integer(),
  doneMinutes: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: StringEnum(itemKinds),
      minutes: Type.Integer(),
      url: Type.String({ description: 'Where in the web app the item is done' }),
      title: Type.String(),
      detail: Type.String(),
      done: Type.Boolean(),
      doneAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    }),
  ),
});

export const ProgressSchema = Type.Object({
  weeks: Type.Array(
    Type.Object({
      weekStart: LocalDate,
      itemsDone: Type.Integer(),
      meetingsHeld: Type.Integer(),
      newConnections: Type.Integer(),
    }),
  ),
  streak: Type.Integer({ description: 'Consecutive weeks with at least one plan item done, up to this one' }),
});
