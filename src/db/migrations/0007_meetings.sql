-- Meet: weekly availability, one-to-one meetings between two members with their history, each
-- member's private notes, secret calendar-feed tokens and the reminders already sent.
CREATE TABLE member_availability (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  time_zone text NOT NULL CHECK (time_zone <> ''),
  weekly_hours jsonb NOT NULL CHECK (jsonb_typeof(weekly_hours) = 'object'),
  exceptions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(exceptions) = 'array'),
  formats text[] NOT NULL
    CHECK (cardinality(formats) BETWEEN 1 AND 3 AND formats <@ ARRAY['in-person', 'video', 'phone']),
  default_length smallint NOT NULL CHECK (default_length IN (15, 30, 45, 60)),
  buffer_minutes smallint NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 240),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  proposer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  invitee_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined', 'cancelled')),
  -- While proposed: the member who must answer the slots on the table.
  turn_id uuid,
  purpose text NOT NULL CHECK (char_length(purpose) BETWEEN 1 AND 500),
  format text NOT NULL CHECK (format IN ('in-person', 'video', 'phone')),
  length_minutes smallint NOT NULL CHECK (length_minutes IN (15, 30, 45, 60)),
  place text NOT NULL DEFAULT '' CHECK (char_length(place) <= 500),
  proposed_slots jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(proposed_slots) = 'array'),
  -- The agreed slot once accepted (kept when cancelled, so the cancellation names the same time).
  starts_at timestamptz,
  ends_at timestamptz,
  -- SEQUENCE of the last calendar file sent about the meeting (RFC 5545): +1 on every change.
  sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (proposer_id <> invitee_id),
  CHECK (turn_id IS NULL OR turn_id IN (proposer_id, invitee_id)),
  CHECK (status <> 'proposed' OR (turn_id IS NOT NULL AND jsonb_array_length(proposed_slots) BETWEEN 1 AND 5)),
  CHECK (status <> 'accepted' OR starts_at IS NOT NULL),
  CHECK ((starts_at IS NULL) = (ends_at IS NULL) AND (starts_at IS NULL OR starts_at < ends_at))
);
CREATE INDEX meetings_proposer_idx ON meetings (proposer_id, status, starts_at);
CREATE INDEX meetings_invitee_idx ON meetings (invitee_id, status, starts_at);

CREATE TABLE meeting_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  actor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  action text NOT NULL
    CHECK (action IN ('proposed', 'counter-proposed', 'accepted', 'declined', 'rescheduled', 'cancelled')),
  message text NOT NULL DEFAULT '' CHECK (char_length(message) <= 1000),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_events_meeting_idx ON meeting_events (meeting_id, id);

CREATE TABLE meeting_notes (
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 5000),
  their_needs text[] NOT NULL DEFAULT '{}' CHECK (cardinality(their_needs) <= 20),
  next_step text NOT NULL DEFAULT '' CHECK (char_length(next_step) <= 300),
  next_step_at date,
  useful boolean,
  no_show boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, user_id)
);

-- One secret feed URL per member. The token is an HMAC of `salt` under the server secret, so the
-- member can be shown their URL again while the database alone (a leaked backup) reveals no token;
-- requests are looked up by the token's hash. A new salt replaces the URL, deleting the row revokes it.
CREATE TABLE calendar_feeds (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  salt text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A reminder is for one agreed time: a rescheduled meeting gets its own, never a second for the same.
CREATE TABLE meeting_reminders_sent (
  meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('24h', '1h')),
  starts_at timestamptz NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, kind, starts_at)
);

-- Files sent with an email (calendar invitations): [{ filename, contentType, content }].
ALTER TABLE outbound_emails ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attachments) = 'array');
