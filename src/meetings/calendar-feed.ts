import { createHmac } from 'node:crypto';
import { and, eq, gt, or } from 'drizzle-orm';
import { accountsByIds } from '../accounts/accounts.ts';
import { hashToken, newSecretToken } from '../accounts/tokens.ts';
import type { DbOrTx } from '../db/database.ts';
import { translate } from '../i18n/messages.ts';
import { buildFeed } from './calendar/meeting-ics.ts';
import { calendarHost, toCalendarMeeting } from './calendar-events.ts';
import { partiesOf } from './parties.ts';
import { DAY } from './scheduling/zoned-time.ts';
import { calendarFeeds, meetings } from './tables.ts';

export interface FeedSettings {
  publicUrl: string;
  sessionSecret: string;
}

/** How far back the feed lists meetings: recent ones stay in calendars, older ones drop off. */
const feedHistoryDays = 60;

const tokenOf = (salt: string, secret: string) => createHmac('sha256', secret).update(`calendar-feed:${salt}`).digest('base64url');
const urlOf = (salt: string, settings: FeedSettings) => `${settings.publicUrl}/calendar/${tokenOf(salt, settings.sessionSecret)}.ics`;

/** The member's secret feed URL, or null when they have none. */
export async function feedUrl(db: DbOrTx, userId: string, settings: FeedSettings): Promise<string | null> {
  const [row] = await db.select({ salt: calendarFeeds.salt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row ? urlOf(row.salt, settings) : null;
}

/** Creates the member's feed URL, or replaces it: the old one stops working at once. */
export async function rotateFeed(db: DbOrTx, userId: string, settings: FeedSettings): Promise<string> {
  const salt = newSecretToken();
  const values = { salt, tokenHash: hashToken(tokenOf(salt, settings.sessionSecret)) };
  await db.insert(calendarFeeds).values({ userId, ...values }).onConflictDoUpdate({ target: calendarFeeds.userId, set: values });
  return urlOf(salt, settings);
}

export async function revokeFeed(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

/** The iCalendar feed behind a token — the member's accepted meetings, recent and upcoming — or undefined for an unknown token. */
export async function feedFor(db: DbOrTx, token: string, settings: FeedSettings, now = new Date()): Promise<string | undefined> {
  const [feed] = await db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hashToken(token)));
  if (!feed) return undefined;
  const { userId } = feed;
  const locale = (await accountsByIds(db, [userId])).get(userId)?.locale ?? 'es';
  const rows = await db
    .select()
    .from(meetings)
    .where(
      and(
        or(eq(meetings.proposerId, userId), eq(meetings.inviteeId, userId)),
        eq(meetings.status, 'accepted'),
        gt(meetings.endsAt, new Date(now.getTime() - feedHistoryDays * DAY)),
      ),
    );
  const host = calendarHost(settings.publicUrl);
  const events = [];
  for (const row of rows) events.push(toCalendarMeeting(row, await partiesOf(db, row), userId, locale, host));
  return buildFeed({ name: translate(locale, 'meeting.feedName'), meetings: events }, now);
}
