/** The words of the weekly plan, shared by the planner, the store, the routes and the digest. */
import type { LocalDate } from '../../meetings/scheduling/zoned-time.ts';

export type { LocalDate };

/** The weekly time budgets a member can choose, in minutes; the database checks the same (0012). */
export const budgetChoices = [15, 30, 60] as const;
export type Budget = (typeof budgetChoices)[number];
export const defaultBudget: Budget = 30;

export const itemKinds = ['follow-up', 'meet', 'referral', 'profile', 'pitch', 'lesson', 'explore'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** How long each kind of item takes, as the plan counts it against the budget. */
export const itemMinutes: Record<ItemKind, number> = {
  'follow-up': 5,
  meet: 10,
  referral: 5,
  profile: 5,
  pitch: 10,
  lesson: 5,
  explore: 5,
};

/** The parts of a profile the plan asks to fill in, the ones matching needs most first. */
export const profileGaps = ['offers', 'needs', 'headline', 'photo'] as const;
export type ProfileGap = (typeof profileGaps)[number];

/**
 * What an item is about, without words: the title is written when it is shown, in the reader's
 * language (see item-text.ts), so a plan made in Spanish reads in English after a language switch.
 */
export type ItemSubject =
  | { kind: 'follow-up'; meetingId: string; name: string; step: string; due: LocalDate }
  | { kind: 'meet'; slug: string; name: string; reason: string }
  | { kind: 'referral'; meetingId: string; name: string; need: string; connection: string }
  | { kind: 'profile'; gaps: ProfileGap[] }
  | { kind: 'pitch'; score: number | null }
  | { kind: 'lesson'; slug: string; title: string }
  | { kind: 'explore' };

/** One thing to do this week, one click (`url`, a path in the web app) from being done. */
export type PlanItem = ItemSubject & {
  /** Stable for what the item is about, so a regenerated plan keeps what was done: `[a-z0-9-]`. */
  id: string;
  minutes: number;
  url: string;
};
