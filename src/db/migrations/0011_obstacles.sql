-- From excuses to first actions: what holds each member back, any number of the obstacles listed
-- in src/coach/obstacles/obstacles.ts, chosen at the end of onboarding or later on the coach's
-- obstacles page. One row per obstacle chosen; none when the member named none (or never answered).
CREATE TABLE member_obstacles (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  obstacle text NOT NULL CHECK (obstacle IN (
    'not-for-me', 'have-contacts', 'wont-listen', 'what-to-collaborate', 'no-time', 'no-experience', 'no-contacts'
  )),
  chosen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, obstacle)
);
