-- Coach: the weekly networking plan. Each member's settings (weekly time budget, digest email), one
-- plan per member and ISO week (Monday on the member's clock) with its items, the items marked
-- done, and the weekly digest emails sent (one per member and week, however many instances sweep).
CREATE TABLE plan_settings (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  budget_minutes smallint NOT NULL DEFAULT 30 CHECK (budget_minutes IN (15, 30, 60)),
  digest boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE weekly_plans (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
  budget_minutes smallint NOT NULL CHECK (budget_minutes IN (15, 30, 60)),
  items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, week_start)
);

CREATE TABLE weekly_plan_done (
  user_id uuid NOT NULL,
  week_start date NOT NULL,
  item_id text NOT NULL CHECK (item_id ~ '^[a-z0-9-]{1,120}$'),
  done_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, week_start, item_id),
  FOREIGN KEY (user_id, week_start) REFERENCES weekly_plans (user_id, week_start) ON DELETE CASCADE
);

CREATE TABLE weekly_digests_sent (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  week_start date NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, week_start)
);
