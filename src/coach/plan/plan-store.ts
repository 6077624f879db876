import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/database.ts';
import { notFound } from '../../http/problem.ts';
import { buildPlan } from './build-plan.ts';
import { defaultBudget, type Budget, type LocalDate, type PlanItem } from './model.ts';
import { gatherPlanState, type PlanMember } from './plan-state.ts';
import { planSettings, weeklyPlanDone, weeklyPlans } from './tables.ts';

export interface PlanSettings {
  budgetMinutes: Budget;
  /** Whether the member gets the plan by email on Monday mornings. */
  digest: boolean;
}

/** A week's plan with when each item was marked done. */
export interface StoredPlan {
  weekStart: LocalDate;
  budgetMinutes: Budget;
  items: PlanItem[];
  done: Map<string, Date>;
}

export const planItemNotFound = () => notFound('problem.planItemNotFound.detail');

export async function settingsOf(db: DbOrTx, userId: string): Promise<PlanSettings> {
  const [row] = await db.select().from(planSettings).where(eq(planSettings.userId, userId));
  return { budgetMinutes: row?.budgetMinutes ?? defaultBudget, digest: row?.digest ?? true };
}

export async function saveSettings(db: DbOrTx, userId: string, change: Partial<PlanSettings>): Promise<PlanSettings> {
  const settings = { ...(await settingsOf(db, userId)), ...change };
  await db
    .insert(planSettings)
    .values({ userId, ...settings })
    .onConflictDoUpdate({ target: planSettings.userId, set: { ...settings, updatedAt: sql`now()` } });
  return settings;
}

async function doneIn(db: DbOrTx, userId: string, weekStart: LocalDate): Promise<Map<string, Date>> {
  const rows = await db
    .select()
    .from(weeklyPlanDone)
    .where(and(eq(weeklyPlanDone.userId, userId), eq(weeklyPlanDone.weekStart, weekStart)));
  return new Map(rows.map((row) => [row.itemId, row.doneAt]));
}

async function doneBefore(db: DbOrTx, userId: string, weekStart: LocalDate): Promise<Set<string>> {
  const rows = await db
    .select({ itemId: weeklyPlanDone.itemId })
    .from(weeklyPlanDone)
    .where(and(eq(weeklyPlanDone.userId, userId), lt(weeklyPlanDone.weekStart, weekStart)));
  return new Set(rows.map((row) => row.itemId));
}

const planWhere = (userId: string, weekStart: LocalDate) => and(eq(weeklyPlans.userId, userId), eq(weeklyPlans.weekStart, weekStart));

/**
 * The member's plan for a week: made from their network on first read, made again (keeping what
 * is done) when they change their budget, otherwise as stored so the week's list stays put. Two
 * first reads at once both build one; the first to store it wins and both answer with it.
 */
export async function planForWeek(db: Db, member: PlanMember, weekStart: LocalDate, now: Date): Promise<StoredPlan> {
  const { budgetMinutes } = await settingsOf(db, member.id);
  const [stored] = await db.select().from(weeklyPlans).where(planWhere(member.id, weekStart));
  if (stored?.budgetMinutes !== budgetMinutes) {
    const done = await doneIn(db, member.id, weekStart);
    const items = buildPlan({
      state: await gatherPlanState(db, member, now),
      budget: budgetMinutes,
      kept: stored?.items.filter((item) => done.has(item.id)) ?? [],
      doneEarlier: await doneBefore(db, member.id, weekStart),
    });
    await db
      .insert(weeklyPlans)
      .values({ userId: member.id, weekStart, budgetMinutes, items })
      .onConflictDoUpdate({
        target: [weeklyPlans.userId, weeklyPlans.weekStart],
        set: { budgetMinutes, items, updatedAt: sql`now()` },
        setWhere: ne(weeklyPlans.budgetMinutes, budgetMinutes),
      });
  }
  const [row] = await db.select().from(weeklyPlans).where(planWhere(member.id, weekStart));
  return { weekStart, budgetMinutes: row!.budgetMinutes, items: row!.items, done: await doneIn(db, member.id, weekStart) };
}

/** Marks an item of the week's plan done, or not done; an item not in the plan is a 404. */
export async function setItemDone(db: Db, userId: string, weekStart: LocalDate, itemId: string, done: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const [plan] = await tx.select().from(weeklyPlans).where(planWhere(userId, weekStart)).for('update');
    if (!plan?.items.some((item) => item.id === itemId)) throw planItemNotFound();
    if (done) await tx.insert(weeklyPlanDone).values({ userId, weekStart, itemId }).onConflictDoNothing();
    else
      await tx
        .delete(weeklyPlanDone)
        .where(and(eq(weeklyPlanDone.userId, userId), eq(weeklyPlanDone.weekStart, weekStart), eq(weeklyPlanDone.itemId, itemId)));
  });
}

/** How many items the member marked done in each week they did any, by the week's Monday. */
export async function itemsDonePerWeek(db: DbOrTx, userId: string): Promise<Map<LocalDate, number>> {
  const rows = await db
    .select({ weekStart: weeklyPlanDone.weekStart, done: sql<number>`count(*)::int` })
    .from(weeklyPlanDone)
    .where(eq(weeklyPlanDone.userId, userId))
    .groupBy(weeklyPlanDone.weekStart);
  return new Map(rows.map((row) => [row.weekStart, row.done]));
}
