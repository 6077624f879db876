import type { Goal, Visibility } from '../types.ts';

export const GOALS: readonly Goal[] = ['clients', 'partners', 'suppliers', 'investors', 'mentors', 'talent', 'learning'];

export const VISIBILITIES: readonly Visibility[] = ['public', 'members', 'private'];

export function isGoal(value: string): value is Goal {
  return (GOALS as readonly string[]).includes(value);
}
