import type { Meeting } from '../types.ts';
import { MeetingCard } from './MeetingCard.tsx';

/** Meetings as cards, or a sentence saying there are none. */
export function MeetingList({ meetings, empty, onChanged }: { meetings: Meeting[]; empty: string; onChanged: (meeting: Meeting) => void }) {
  if (meetings.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <MeetingCard meeting={meeting} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}
