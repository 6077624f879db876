-- Collaborate: proposals between two or more members, carried from draft to result. The content is
-- a numbered snapshot per version (so history shows what changed); each party's acceptance names
-- the version accepted; comments and an audit trail of every change (who, when, what, from → to).
CREATE TABLE proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  state text NOT NULL DEFAULT 'draft'
    CHECK (state IN ('draft', 'sent', 'discussing', 'agreed', 'active', 'completed', 'cancelled')),
  -- The current version of the content (proposal_versions); +1 on every edit.
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- The meeting the proposal came from, if any.
  meeting_id uuid REFERENCES meetings (id) ON DELETE SET NULL,
  outcome_value_cents bigint CHECK (outcome_value_cents BETWEEN 0 AND 10000000000),
  outcome_currency text CHECK (outcome_currency ~ '^[A-Z]{3}$'),
  outcome_note text NOT NULL DEFAULT '' CHECK (char_length(outcome_note) <= 1000),
  cancel_reason text CHECK (char_length(cancel_reason) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- A completed proposal always has its outcome, and only a completed one; likewise a cancelled one its reason.
  CHECK ((state = 'completed') = (outcome_value_cents IS NOT NULL)),
  CHECK ((outcome_value_cents IS NULL) = (outcome_currency IS NULL)),
  CHECK ((state = 'cancelled') = (cancel_reason IS NOT NULL))
);
CREATE INDEX proposals_state_idx ON proposals (state);

CREATE TABLE proposal_versions (
  proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  editor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  format text NOT NULL CHECK (format IN ('mutualReferral', 'jointOffer', 'subcontracting', 'coMarketing',
    'sharedEvent', 'distribution', 'jointVenture', 'knowledgeExchange')),
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  description text NOT NULL CHECK (char_length(description) <= 5000),
  -- [{ userId, gives, gets }], one per party.
  contributions jsonb NOT NULL CHECK (jsonb_typeof(contributions) = 'array'),
  estimated_value_cents bigint CHECK (estimated_value_cents BETWEEN 0 AND 10000000000),
  estimated_currency text CHECK (estimated_currency ~ '^[A-Z]{3}$'),
  next_steps text NOT NULL DEFAULT '' CHECK (char_length(next_steps) <= 2000),
  starts_on date,
  ends_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (proposal_id, version),
  CHECK ((estimated_value_cents IS NULL) = (estimated_currency IS NULL)),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- Everyone on the proposal, its author included. An acceptance names the version accepted: once
-- the proposal moves to a newer version, an older acceptance no longer counts.
CREATE TABLE proposal_parties (
  proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position smallint NOT NULL CHECK (position BETWEEN 0 AND 10),
  accepted_version integer CHECK (accepted_version >= 1),
  accepted_at timestamptz,
  PRIMARY KEY (proposal_id, user_id),
  UNIQUE (proposal_id, position),
  CHECK ((accepted_version IS NULL) = (accepted_at IS NULL))
);
CREATE INDEX proposal_parties_user_idx ON proposal_parties (user_id);

CREATE TABLE proposal_comments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- The version the comment was written about.
  version integer NOT NULL CHECK (version >= 1),
  body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX proposal_comments_proposal_idx ON proposal_comments (proposal_id, id);

CREATE TABLE proposal_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  actor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  action text NOT NULL CHECK (action IN ('created', 'edit', 'send', 'comment', 'accept', 'start', 'complete', 'cancel')),
  from_state text CHECK (from_state IN ('draft', 'sent', 'discussing', 'agreed', 'active', 'completed', 'cancelled')),
  to_state text NOT NULL CHECK (to_state IN ('draft', 'sent', 'discussing', 'agreed', 'active', 'completed', 'cancelled')),
  version integer NOT NULL CHECK (version >= 1),
  details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
  at timestamptz NOT NULL DEFAULT now(),
  CHECK ((action = 'created') = (from_state IS NULL))
);
CREATE INDEX proposal_events_proposal_idx ON proposal_events (proposal_id, id);
