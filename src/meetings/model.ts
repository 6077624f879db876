/** The words of the meetings domain, shared by tables, use cases and schemas. */
export const meetingStatuses = ['proposed', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingActions = ['proposed', 'counter-proposed', 'accepted', 'declined', 'rescheduled', 'cancelled'] as const;
export type MeetingAction = (typeof meetingActions)[number];
export const reminderKinds = ['24h', '1h'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** A slot as stored in `proposed_slots`: ISO instants. */
export interface StoredSlot {
  start: string;
  end: string;
}
