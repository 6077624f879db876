import { eq, gte } from 'drizzle-orm';
import { accountClocks, userById } from '../../accounts/accounts.ts';
import type { AppContext } from '../../app-context.ts';
import { jobIdFor } from '../../jobs/job-id.ts';
import { dispatchEmails, storeEmail } from '../../mail/mailer.ts';
import { profileOf } from '../../profiles/profiles.ts';
import { digestEmail } from './digest-email.ts';
import type { LocalDate } from './model.ts';
import { planForWeek, settingsOf } from './plan-store.ts';
import { toPlanView } from './plan-view.ts';
import { addDays, isDigestDue, todayOf, weekStartOf } from './plan-week.ts';
import { planSettings, weeklyDigestsSent } from './tables.ts';

/** Every hour a sweep finds the members whose Monday morning it is and queues one digest job for each. */
export const digestSweepQueue = 'coach.plan.digest-sweep';
export const digestQueue = 'coach.plan.digest';
const everyHour = '0 * * * *';

export interface DigestJob {
  userId: string;
  weekStart: LocalDate;
  /** The sweep's instant: the plan is made as of then. */
  at: string;
}

export async function scheduleDigestSweep(ctx: AppContext): Promise<void> {
  await ctx.jobs.schedule(digestSweepQueue, everyHour);
}

/**
 * Queues the weekly digest of every member for whom it is Monday morning at `now`, who has not
 * turned it off and has not had this week's; returns how many were queued. A sweep run again (or on
 * another instance) queues nothing new: the job id names the member and week, and the job claims
 * the week in weekly_digests_sent before it sends.
 */
export async function sendDueDigests(ctx: AppContext, now: Date): Promise<number> {
  const { db } = ctx.database;
  const due = (await accountClocks(db)).filter((account) => isDigestDue(now, account.timeZone));
  if (!due.length) return 0;
  // Only this table's own rows: who turned the digest off, and the digests of the last week or so.
  const optedOut = await db.select({ userId: planSettings.userId }).from(planSettings).where(eq(planSettings.digest, false));
  const sent = await db.select().from(weeklyDigestsSent).where(gte(weeklyDigestsSent.weekStart, addDays(todayOf(now, 'UTC'), -8)));
  const skip = new Set([...optedOut.map((row) => row.userId), ...sent.map((row) => `${row.userId}:${row.weekStart}`)]);
  let queued = 0;
  for (const { id: userId, timeZone } of due) {
    const weekStart = weekStartOf(now, timeZone);
    if (skip.has(userId) || skip.has(`${userId}:${weekStart}`)) continue;
    const job: DigestJob = { userId, weekStart, at: now.toISOString() };
    if (await ctx.jobs.send(digestQueue, job, { id: jobIdFor(`${digestQueue}:${userId}:${weekStart}`) })) queued += 1;
  }
  return queued;
}

/**
 * The job handler: the member's plan for the week (made now if they have not opened it yet) by
 * email, in their language. The week is claimed in the transaction that stores the email, so a job
 * run twice sends one; a member who turned the digest off since the sweep gets nothing.
 */
export function sendWeeklyDigest(ctx: AppContext) {
  return async ({ userId, weekStart, at }: DigestJob): Promise<void> => {
    const { db } = ctx.database;
    const user = await userById(db, userId);
    const settings = await settingsOf(db, userId);
    if (!user || !settings.digest) return;
    const member = { id: user.id, locale: user.locale, timeZone: user.timeZone };
    const now = new Date(at);
    const plan = toPlanView(await planForWeek(db, member, weekStart, now), settings, user.locale, todayOf(now, user.timeZone));
    const name = (await profileOf(db, userId))?.name ?? '';
    const emailIds = await db.transaction(async (tx) => {
      const [claimed] = await tx.insert(weeklyDigestsSent).values({ userId, weekStart }).onConflictDoNothing().returning();
      return claimed ? [await storeEmail(tx, digestEmail({ email: user.email, name, locale: user.locale }, plan, ctx.config.publicUrl))] : [];
    });
    await dispatchEmails(ctx.jobs, emailIds);
  };
}

/** The sweep's handler: the instant it runs is the instant it checks. */
export const sweepDigests = (ctx: AppContext) => async (): Promise<void> => {
  await sendDueDigests(ctx, new Date());
};
