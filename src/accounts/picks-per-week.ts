import { IntegerEnum } from '../http/schema-types.ts';

/**
 * How many top picks a member's weekly batch on Discover holds, and how many more each "Show more"
 * loads: a member setting. The database checks the same values (migration 0006).
 */
export const picksPerWeekChoices = [3, 5, 10, 15, 20] as const;
export type PicksPerWeek = (typeof picksPerWeekChoices)[number];
export const defaultPicksPerWeek: PicksPerWeek = 5;

export const PicksPerWeekSchema = IntegerEnum(picksPerWeekChoices, {
  description: 'How many top picks the weekly batch on Discover holds, and how many more each "Show more" loads',
});
