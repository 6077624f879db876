/** The meetings API (src/meetings/README-api.md), typed; every local time comes formatted by the server. */
import { api, ApiError } from '../api.ts';
import type {
  Availability,
  Meeting,
  MeetingBrief,
  MeetingFormat,
  MeetingNotes,
  MeetingNotesInput,
  MeetingsOverview,
  NetworkOffers,
  SlotView,
} from '../types.ts';

/** A slot as the server takes it back: its two instants. */
export type SlotTimes = Pick<SlotView, 'start' | 'end'>;

export interface NewMeeting {
  with: string;
  purpose: string;
  format: MeetingFormat;
  lengthMinutes: number;
  place?: string;
  slots: SlotTimes[];
}

const meetingPath = (id: string, action?: string) => `/api/meetings/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export const meetingsApi = {
  availability: (signal?: AbortSignal) => api.get<Availability>('/api/me/availability', signal),
  saveAvailability: (availability: Availability) => api.put<Availability>('/api/me/availability', availability),
  slots: (slug: string, lengthMinutes: number, signal?: AbortSignal) =>
    api
      .get<{ slots: SlotView[] }>(`/api/meetings/slots?${new URLSearchParams({ with: slug, lengthMinutes: String(lengthMinutes) }).toString()}`, signal)
      .then((answer) => answer.slots),
  propose: (meeting: NewMeeting) => api.post<Meeting>('/api/meetings', meeting),
  list: (signal?: AbortSignal) => api.get<MeetingsOverview>('/api/meetings', signal),
  /** The next page of past meetings after `pastNext` (requests and upcoming come again, in full). */
  pastPage: (pastBefore: string, signal?: AbortSignal) =>
    api.get<MeetingsOverview>(`/api/meetings?${new URLSearchParams({ pastBefore }).toString()}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Meeting>(meetingPath(id), signal),
  accept: (id: string, start: string) => api.post<Meeting>(meetingPath(id, 'accept'), { start }),
  counterPropose: (id: string, slots: SlotTimes[], message: string) =>
    api.post<Meeting>(meetingPath(id, 'propose'), message ? { slots, message } : { slots }),
  decline: (id: string, message: string) => api.post<Meeting>(meetingPath(id, 'decline'), message ? { message } : {}),
  reschedule: (id: string, slots: SlotTimes[], reason: string) => api.post<Meeting>(meetingPath(id, 'reschedule'), { slots, reason }),
  cancel: (id: string, reason: string) => api.post<Meeting>(meetingPath(id, 'cancel'), { reason }),
  brief: (id: string, signal?: AbortSignal) => api.get<MeetingBrief>(meetingPath(id, 'brief'), signal),
  saveNotes: (id: string, notes: MeetingNotesInput) => api.put<MeetingNotes>(meetingPath(id, 'notes'), notes),
  networkOffers: (id: string, signal?: AbortSignal) => api.get<NetworkOffers>(meetingPath(id, 'network-offers'), signal),
  calendarFeed: (signal?: AbortSignal) => api.get<{ url: string | null }>('/api/me/calendar-feed', signal),
  newCalendarFeed: () => api.post<{ url: string }>('/api/me/calendar-feed'),
  revokeCalendarFeed: () => api.delete('/api/me/calendar-feed'),
};

function isSlotView(value: unknown): value is SlotView {
  if (typeof value !== 'object' || value === null) return false;
  const slot = value as Record<string, unknown>;
  return ['start', 'end', 'yours', 'theirs'].every((key) => typeof slot[key] === 'string');
}

/** The fresh slots a 409 offers instead of one that is gone (past, outside availability, taken); empty otherwise. */
export function freshProposals(error: unknown): SlotView[] {
  if (!(error instanceof ApiError) || error.status !== 409) return [];
  const proposals = error.problem.proposals;
  return Array.isArray(proposals) ? proposals.filter(isSlotView) : [];
}

/**
 * Runs a request that names slots; when a 409 offers fresh ones instead (the chosen slot is gone),
 * hands them to `replace` before the error reaches the form, which shows its message.
 */
export async function withFreshProposals<T>(request: () => Promise<T>, replace: (proposals: SlotView[]) => void): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const proposals = freshProposals(error);
    if (proposals.length > 0) replace(proposals);
    throw error;
  }
}

export const slotTimes = ({ start, end }: SlotView): SlotTimes => ({ start, end });
