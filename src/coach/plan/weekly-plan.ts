import { connectionsMadeSince } from '../../connections/network.ts';
import type { Db } from '../../db/database.ts';
import { meetingsHeldSince } from '../../meetings/activity.ts';
import { DAY } from '../../meetings/scheduling/zoned-time.ts';
import type { PlanMember } from './plan-state.ts';
import { itemsDonePerWeek, planForWeek, saveSettings, setItemDone, settingsOf, type PlanSettings } from './plan-store.ts';
import { toPlanView, type PlanView } from './plan-view.ts';
import { todayOf, weekStartOf, weeksUpTo } from './plan-week.ts';
import { streakOf, weeklyProgress, type WeekProgress } from './progress.ts';

/** The use cases of the weekly plan, for the member of a request at the instant `now`. */

/** This week's plan, made on first read. */
export async function currentPlan(db: Db, member: PlanMember, now: Date): Promise<PlanView> {
  const plan = await planForWeek(db, member, weekStartOf(now, member.timeZone), now);
  return toPlanView(plan, await settingsOf(db, member.id), member.locale, todayOf(now, member.timeZone));
}

/** Saves the settings; a new budget remakes this week's plan around what is already done. */
export async function changePlanSettings(db: Db, member: PlanMember, change: Partial<PlanSettings>, now: Date): Promise<PlanView> {
  await saveSettings(db, member.id, change);
  return currentPlan(db, member, now);
}

export async function markItem(db: Db, member: PlanMember, itemId: string, done: boolean, now: Date): Promise<PlanView> {
  await setItemDone(db, member.id, weekStartOf(now, member.timeZone), itemId, done);
  return currentPlan(db, member, now);
}

export interface Progress {
  /** The last weeks, oldest first, this one last. */
  weeks: WeekProgress[];
  /** Consecutive weeks with at least one item done, up to this one. */
  streak: number;
}

export const progressWeeks = 12;

/** Items done, meetings held and connections made per week, from the plans, meetings and connections themselves. */
export async function progressOf(db: Db, member: PlanMember, now: Date): Promise<Progress> {
  const currentWeek = weekStartOf(now, member.timeZone);
  // A day's margin either side of the first Monday's midnight, whatever the zone; weeklyProgress drops the rest.
  const since = new Date(Date.parse(`${weeksUpTo(currentWeek, progressWeeks)[0]}T00:00:00Z`) - DAY);
  const itemsDone = await itemsDonePerWeek(db, member.id);
  return {
    weeks: weeklyProgress({
      weeks: weeksUpTo(currentWeek, progressWeeks),
      timeZone: member.timeZone,
      itemsDone,
      meetingsHeld: await meetingsHeldSince(db, member.id, since, now),
      newConnections: await connectionsMadeSince(db, member.id, since),
    }),
    streak: streakOf(new Set(itemsDone.keys()), currentWeek),
  };
}
