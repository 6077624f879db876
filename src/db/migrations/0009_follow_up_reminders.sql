-- The next step with a date in a member's notes is reminded by email on that date. Such reminders
-- are recorded with the meeting reminders, so each is sent once: kind 'follow-up', the member it is
-- for, and in starts_at the date it is for (00:00 UTC of that date); meeting reminders, sent to
-- both members, have no user_id.
ALTER TABLE meeting_reminders_sent ADD COLUMN user_id uuid REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE meeting_reminders_sent
  DROP CONSTRAINT meeting_reminders_sent_pkey,
  DROP CONSTRAINT meeting_reminders_sent_kind_check;
ALTER TABLE meeting_reminders_sent
  ADD CONSTRAINT meeting_reminders_sent_kind_check CHECK (kind IN ('24h', '1h', 'follow-up')),
  ADD CONSTRAINT meeting_reminders_sent_for_whom CHECK ((kind = 'follow-up') = (user_id IS NOT NULL)),
  ADD CONSTRAINT meeting_reminders_sent_once UNIQUE NULLS NOT DISTINCT (meeting_id, kind, starts_at, user_id);
