-- Coach: each member's pitch builder draft — the parts they wrote, the three versions as they
-- edited them, and which version they last published on their profile.
CREATE TABLE pitch_drafts (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  language text NOT NULL CHECK (language IN ('es', 'en')),
  whom_i_help text NOT NULL DEFAULT '' CHECK (char_length(whom_i_help) <= 300),
  problem text NOT NULL DEFAULT '' CHECK (char_length(problem) <= 300),
  result text NOT NULL DEFAULT '' CHECK (char_length(result) <= 300),
  proof text NOT NULL DEFAULT '' CHECK (char_length(proof) <= 300),
  difference text NOT NULL DEFAULT '' CHECK (char_length(difference) <= 300),
  ask text NOT NULL DEFAULT '' CHECK (char_length(ask) <= 300),
  version_intro text NOT NULL DEFAULT '' CHECK (char_length(version_intro) <= 1000),
  version_elevator text NOT NULL DEFAULT '' CHECK (char_length(version_elevator) <= 1000),
  version_long text NOT NULL DEFAULT '' CHECK (char_length(version_long) <= 1000),
  published_version text CHECK (published_version IN ('intro', 'elevator', 'long')),
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((published_version IS NULL) = (published_at IS NULL))
);
