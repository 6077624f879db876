-- Referrals (givers gain): a member passes another the contact of a third party who needs what
-- they offer, with that person's consent; the receiver carries it to won or lost and records the
-- closed business, credited to the giver. Every change is kept in referral_events.
CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  giver_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  receiver_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- The meeting of the giver's it came from, if any.
  meeting_id uuid REFERENCES meetings (id) ON DELETE SET NULL,
  contact_name text NOT NULL CHECK (char_length(contact_name) BETWEEN 1 AND 200),
  contact_email text CHECK (char_length(contact_email) BETWEEN 3 AND 254),
  contact_phone text CHECK (char_length(contact_phone) BETWEEN 6 AND 40),
  contact_company text NOT NULL DEFAULT '' CHECK (char_length(contact_company) <= 200),
  need text NOT NULL CHECK (char_length(need) BETWEEN 1 AND 1000),
  warmth text NOT NULL CHECK (warmth IN ('hot', 'warm', 'info')),
  -- The third party agreed to be contacted: without it there is no referral.
  consent boolean NOT NULL CHECK (consent),
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'meeting', 'won', 'lost', 'withdrawn')),
  -- Closed business in hundredths of `currency` (ISO 4217), present exactly when won.
  value_cents bigint CHECK (value_cents BETWEEN 1 AND 10000000000),
  currency text CHECK (currency ~ '^[A-Z]{3}$'),
  -- Milliseconds, like the instants in page cursors, so keyset paging never skips a row.
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CHECK (giver_id <> receiver_id),
  CHECK (contact_email IS NOT NULL OR contact_phone IS NOT NULL),
  CHECK ((status = 'won') = (value_cents IS NOT NULL)),
  CHECK ((value_cents IS NULL) = (currency IS NULL)),
  CHECK ((status IN ('won', 'lost', 'withdrawn')) = (closed_at IS NOT NULL))
);
CREATE INDEX referrals_giver_idx ON referrals (giver_id, created_at DESC, id DESC);
CREATE INDEX referrals_receiver_idx ON referrals (receiver_id, created_at DESC, id DESC);
CREATE INDEX referrals_closed_idx ON referrals (closed_at) WHERE status = 'won';

CREATE TABLE referral_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  actor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- NULL when the referral was given.
  from_status text CHECK (from_status IN ('new', 'contacted', 'meeting')),
  to_status text NOT NULL CHECK (to_status IN ('new', 'contacted', 'meeting', 'won', 'lost', 'withdrawn')),
  note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
  value_cents bigint CHECK (value_cents BETWEEN 1 AND 10000000000),
  currency text CHECK (currency ~ '^[A-Z]{3}$'),
  at timestamptz NOT NULL DEFAULT now(),
  CHECK ((from_status IS NULL) = (to_status = 'new')),
  CHECK ((to_status = 'won') = (value_cents IS NOT NULL AND currency IS NOT NULL))
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, id);
