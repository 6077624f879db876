import type { DbOrTx } from '../db/database.ts';
import { translate } from '../i18n/messages.ts';
import { storeEmail } from '../mail/mailer.ts';
import { buildCancellation, buildInvitation } from './calendar/meeting-ics.ts';
import { calendarHost, calendarSlot, toCalendarMeeting } from './calendar-events.ts';
import { fromStoredSlots, type MeetingRow } from './meeting-store.ts';
import type { MeetingAction, ReminderKind } from './model.ts';
import { partiesOf, type Recipient } from './parties.ts';
import { describeSlot } from './scheduling/describe-slot.ts';

export interface MeetingChange {
  actorId: string;
  action: MeetingAction;
  message?: string;
}

/** The link to a meeting in the web app. */
export const meetingLink = (publicUrl: string, meetingId: string) => `${publicUrl}/meetings/${meetingId}`;

/**
 * Stores, in the caller's transaction, the email about a change for each of the two members, in
 * their language and on their clock, with the calendar file: REQUEST for a new or changed meeting
 * (tentative while proposed), CANCEL once declined or cancelled. Returns the ids to dispatch after commit.
 */
export async function storeChangeEmails(tx: DbOrTx, publicUrl: string, row: MeetingRow, change: MeetingChange, now: Date): Promise<string[]> {
  const parties = await partiesOf(tx, row);
  const actor = change.actorId === parties.proposer.id ? parties.proposer : parties.invitee;
  const ids: string[] = [];
  for (const [to, other] of [[parties.proposer, parties.invitee], [parties.invitee, parties.proposer]] as const) {
    const calendar = toCalendarMeeting(row, parties, to.id, to.locale, calendarHost(publicUrl));
    const closed = row.status === 'declined' || row.status === 'cancelled';
    const method = closed ? 'CANCEL' : 'REQUEST';
    ids.push(
      await storeEmail(tx, {
        to: to.email,
        subject: translate(to.locale, `mail.meeting.subject.${change.action}`, { name: other.name }),
        text: changeText(row, to, actor.name, change, publicUrl),
        attachments: [
          {
            filename: closed ? 'cancel.ics' : 'invite.ics',
            contentType: `text/calendar; method=${method}; charset=UTF-8`,
            content: closed ? buildCancellation(calendar, now) : buildInvitation(calendar, now),
          },
        ],
      }),
    );
  }
  return ids;
}

function changeText(row: MeetingRow, to: Recipient, actorName: string, change: MeetingChange, publicUrl: string): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(to.locale, key, params);
  const when = (slot: { start: Date; end: Date }) => describeSlot(slot, to.timeZone, to.locale).text;
  const times =
    row.status === 'proposed'
      ? [t('mail.meeting.options'), ...fromStoredSlots(row.proposedSlots).map((slot) => `- ${when(slot)}`)]
      : [t('mail.meeting.when', { when: when(calendarSlot(row)) })];
  return [
    t('mail.greeting', { name: to.name }),
    '',
    t(`mail.meeting.line.${change.action}`, { actor: actorName }),
    ...(change.message ? [t('mail.meeting.message', { message: change.message })] : []),
    '',
    t('mail.meeting.purpose', { purpose: row.purpose }),
    ...times,
    ...(row.place ? [t('mail.meeting.place', { place: row.place })] : []),
    '',
    t('mail.meeting.link', { link: meetingLink(publicUrl, row.id) }),
    '',
    t('mail.signature'),
  ].join('\n');
}

/** Stores, in the caller's transaction, the reminder for both members; returns the ids to dispatch after commit. */
export async function storeReminderEmails(tx: DbOrTx, publicUrl: string, row: MeetingRow, kind: ReminderKind): Promise<string[]> {
  const parties = await partiesOf(tx, row);
  const ids: string[] = [];
  for (const [to, other] of [[parties.proposer, parties.invitee], [parties.invitee, parties.proposer]] as const) {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(to.locale, key, params);
    const text = [
      t('mail.greeting', { name: to.name }),
      '',
      t('mail.meeting.reminder.line', { name: other.name }),
      '',
      t('mail.meeting.purpose', { purpose: row.purpose }),
      t('mail.meeting.when', { when: describeSlot(calendarSlot(row), to.timeZone, to.locale).text }),
      ...(row.place ? [t('mail.meeting.place', { place: row.place })] : []),
      '',
      t('mail.meeting.link', { link: meetingLink(publicUrl, row.id) }),
      '',
      t('mail.signature'),
    ].join('\n');
    ids.push(await storeEmail(tx, { to: to.email, subject: t(`mail.meeting.reminder.subject.${kind}`, { name: other.name }), text }));
  }
  return ids;
}

/** Stores, in the caller's transaction, the reminder of the next step a member noted, to them alone; returns its id. */
export async function storeFollowUpEmail(tx: DbOrTx, publicUrl: string, row: MeetingRow, notes: { userId: string; nextStep: string }): Promise<string> {
  const { proposer, invitee } = await partiesOf(tx, row);
  const [to, other] = notes.userId === proposer.id ? [proposer, invitee] : [invitee, proposer];
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(to.locale, key, params);
  const text = [
    t('mail.greeting', { name: to.name }),
    '',
    t('mail.meeting.followUp.line', { name: other.name }),
    ...(notes.nextStep ? [t('mail.meeting.followUp.step', { step: notes.nextStep })] : []),
    '',
    t('mail.meeting.link', { link: meetingLink(publicUrl, row.id) }),
    '',
    t('mail.signature'),
  ].join('\n');
  return storeEmail(tx, { to: to.email, subject: t('mail.meeting.followUp.subject', { name: other.name }), text });
}
