import { inArray, sql } from 'drizzle-orm';
import { userById } from '../accounts/accounts.ts';
import type { DbOrTx } from '../db/database.ts';
import { fieldProblems, type FieldProblem } from '../http/problem.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { availabilityProblems, defaultAvailability, type AvailabilityProblemCode } from './scheduling/availability.ts';
import type { Availability, MeetingLength } from './scheduling/types.ts';
import { memberAvailability } from './tables.ts';

type AvailabilityRow = typeof memberAvailability.$inferSelect;

const problemMessages: Record<AvailabilityProblemCode, MessageKey> = {
  'unknown-time-zone': 'validation.timeZone',
  'invalid-time-range': 'validation.timeRange',
  'invalid-date': 'validation.localDate',
  'invalid-format': 'validation.invalid',
  'invalid-length': 'validation.invalid',
  'invalid-buffer': 'validation.invalid',
};

const fromRow = (row: AvailabilityRow): Availability => ({
  timeZone: row.timeZone,
  weeklyHours: row.weeklyHours,
  exceptions: row.exceptions,
  formats: row.formats,
  defaultLength: row.defaultLength as MeetingLength,
  bufferMinutes: row.bufferMinutes,
});

/** Each member's availability; one never set is the default in their account's time zone. */
export async function availabilitiesOf(db: DbOrTx, userIds: string[]): Promise<Map<string, Availability>> {
  const rows = userIds.length ? await db.select().from(memberAvailability).where(inArray(memberAvailability.userId, userIds)) : [];
  const found = new Map(rows.map((row) => [row.userId, fromRow(row)]));
  for (const userId of userIds) {
    if (found.has(userId)) continue;
    found.set(userId, defaultAvailability((await userById(db, userId))?.timeZone ?? 'Europe/Madrid'));
  }
  return found;
}

export async function availabilityOf(db: DbOrTx, userId: string): Promise<Availability> {
  return (await availabilitiesOf(db, [userId])).get(userId)!;
}

/** Saves the member's availability; anything the pure check rejects is a 400 with per-field messages. */
export async function saveAvailability(db: DbOrTx, userId: string, availability: Availability): Promise<Availability> {
  const problems = availabilityProblems(availability);
  if (problems.length)
    throw fieldProblems(problems.map(({ field, code }): FieldProblem => ({ field, key: problemMessages[code] })));
  const values = {
    timeZone: availability.timeZone,
    weeklyHours: availability.weeklyHours,
    exceptions: [...availability.exceptions],
    formats: [...availability.formats],
    defaultLength: availability.defaultLength,
    bufferMinutes: availability.bufferMinutes,
  };
  const [row] = await db
    .insert(memberAvailability)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: memberAvailability.userId, set: { ...values, updatedAt: sql`now()` } })
    .returning();
  return fromRow(row!);
}
