import { asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { joinCommunities, membershipsOf, type Membership } from '../communities/communities.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { inMonthRange, monthOf, type MonthRange } from '../db/months.ts';
import { ProblemError, fieldProblem } from '../http/problem.ts';
import type { Locale } from '../i18n/locale.ts';
import { isValidTimeZone } from '../i18n/time-zone.ts';
import { toProfileView, type ProfileView } from '../profiles/member-views.ts';
import { notifyProfilesSaved } from '../profiles/profile-events.ts';
import { profileOf, saveProfile } from '../profiles/profiles.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { PicksPerWeek } from './picks-per-week.ts';
import { createSession, deleteSessionsOf, type SessionUser } from './sessions.ts';
import { users } from './tables.ts';

export interface Me {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  timeZone: string;
  picksPerWeek: PicksPerWeek;
  isInstanceAdmin: boolean;
  communities: Membership[];
  profile: ProfileView;
}

export interface SignupInput {
  email: string;
  password: string;
  name: string;
  locale?: Locale;
  timeZone?: string;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const emailTaken = () => new ProblemError(409, 'email-taken', 'problem.emailTaken.title', 'problem.emailTaken.detail');
const badCredentials = () =>
  new ProblemError(401, 'bad-credentials', 'problem.badCredentials.title', 'problem.badCredentials.detail');

function checkTimeZone(timeZone: string | undefined) {
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) throw fieldProblem('timeZone', 'validation.timeZone');
}

/** Creates the account, its profile and its default-community membership in one transaction. */
export async function signup(db: Db, input: SignupInput): Promise<{ user: SessionUser; sessionToken: string }> {
  checkTimeZone(input.timeZone);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: normalizeEmail(input.email),
        passwordHash,
        locale: input.locale ?? 'es',
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      })
      .onConflictDoNothing()
      .returning();
    if (!user) throw emailTaken();
    // Memberships first: whoever listens to profile saves sees the member's communities.
    await joinCommunities(tx, [{ userId: user.id, slugs: [], general: true }]);
    await saveProfile(tx, user.id, { name: input.name.trim() });
    const { token } = await createSession(tx, user.id);
    return { user, sessionToken: token };
  });
}

/** Same answer and about the same time whether the email is unknown or the password wrong. */
export async function login(db: Db, email: string, password: string): Promise<{ user: SessionUser; sessionToken: string }> {
  const user = await userByEmail(db, email);
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) throw badCredentials();
  const { token } = await createSession(db, user.id);
  return { user, sessionToken: token };
}

export async function userByEmail(db: DbOrTx, email: string): Promise<SessionUser | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, normalizeEmail(email)));
  return user;
}

/**
 * Finds or creates accounts by email, without a password (members set one through "forgot
 * password"), in one statement per kind of change. A locale is changed only when given. Returns,
 * per normalised email, the account id and whether it is new. Emails must be unique in one call.
 */
export async function upsertAccountsByEmail(
  db: DbOrTx,
  entries: { email: string; locale?: Locale }[],
): Promise<Map<string, { id: string; created: boolean }>> {
  const result = new Map<string, { id: string; created: boolean }>();
  const withLocale = entries.filter((e) => e.locale);
  const withoutLocale = entries.filter((e) => !e.locale);
  const returning = { id: users.id, email: users.email, created: sql<boolean>`xmax = 0` };
  const batches = [
    withLocale.length &&
      db
        .insert(users)
        .values(withLocale.map((e) => ({ email: normalizeEmail(e.email), locale: e.locale! })))
        .onConflictDoUpdate({ target: users.email, set: { locale: sql`excluded.locale`, updatedAt: new Date() } })
        .returning(returning),
    withoutLocale.length &&
      db
        .insert(users)
        .values(withoutLocale.map((e) => ({ email: normalizeEmail(e.email) })))
        // A no-op update, so RETURNING also yields the rows that already existed.
        .onConflictDoUpdate({ target: users.email, set: { email: sql`excluded.email` } })
        .returning(returning),
  ];
  for (const batch of batches) if (batch) for (const row of await batch) result.set(row.email, { id: row.id, created: row.created });
  return result;
}

/** One page of accounts in email order, after the given email (keyset pagination), for exports. */
export async function accountsInEmailOrder(
  db: DbOrTx,
  page: { after?: string; limit: number },
): Promise<{ id: string; email: string; locale: Locale }[]> {
  return db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(page.after === undefined ? undefined : gt(users.email, page.after))
    .orderBy(asc(users.email))
    .limit(page.limit);
}

/** Email and locale of each of these accounts, for other domains that list members (CLI output, reasons). */
export async function accountsByIds(db: DbOrTx, ids: string[]): Promise<Map<string, { email: string; locale: Locale }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map(({ id, ...account }) => [id, account]));
}

/** Every account with its time zone, for jobs that run at a local hour (the weekly digest). */
export async function accountClocks(db: DbOrTx): Promise<{ id: string; timeZone: string }[]> {
  return db.select({ id: users.id, timeZone: users.timeZone }).from(users);
}

/** How many accounts the instance has, and how many were created in each month of the range (the instance dashboard). */
export async function accountsPerMonth(db: DbOrTx, range: MonthRange): Promise<{ total: number; months: Map<string, number> }> {
  const [all] = await db.select({ n: count() }).from(users);
  const rows = await db
    .select({ month: monthOf(users.createdAt, range), n: count() })
    .from(users)
    .where(inMonthRange(users.createdAt, range))
    .groupBy(sql`1`);
  return { total: all?.n ?? 0, months: new Map(rows.map((row) => [row.month, row.n])) };
}

export async function userById(db: DbOrTx, id: string): Promise<SessionUser | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/** Changing the password ends every other session of the account. */
export async function changePassword(db: Db, user: SessionUser, current: string, next: string, keepSession: string) {
  if (!(await verifyPassword(user.passwordHash, current)))
    throw new ProblemError(400, 'validation', 'problem.validation.title', 'problem.wrongCurrentPassword.detail', {}, [
      { field: 'currentPassword', key: 'problem.wrongCurrentPassword.detail' },
    ]);
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    await deleteSessionsOf(tx, user.id, keepSession);
  });
}

export async function updateSettings(
  db: Db,
  userId: string,
  settings: { name?: string; locale?: Locale; timeZone?: string; picksPerWeek?: PicksPerWeek },
): Promise<void> {
  checkTimeZone(settings.timeZone);
  await db.transaction(async (tx) => {
    const { name, ...account } = settings;
    if (Object.keys(account).length) await tx.update(users).set({ ...account, updatedAt: new Date() }).where(eq(users.id, userId));
    if (name !== undefined) await saveProfile(tx, userId, { name });
    // Data derived from profiles (matching) also carries the locale.
    else if (account.locale) await notifyProfilesSaved(tx, [userId]);
  });
}

export async function grantInstanceAdmin(db: DbOrTx, email: string): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ isInstanceAdmin: true, updatedAt: new Date() })
    .where(eq(users.email, normalizeEmail(email)))
    .returning({ id: users.id });
  return updated.length > 0;
}

export async function meView(db: DbOrTx, user: SessionUser): Promise<Me> {
  const [profile, communities] = await Promise.all([profileOf(db, user.id), membershipsOf(db, user.id)]);
  if (!profile) throw new Error(`User ${user.id} has no profile`);
  return {
    id: user.id,
    email: user.email,
    name: profile.name,
    locale: user.locale,
    timeZone: user.timeZone,
    picksPerWeek: user.picksPerWeek,
    isInstanceAdmin: user.isInstanceAdmin,
    communities,
    profile: toProfileView(profile),
  };
}
