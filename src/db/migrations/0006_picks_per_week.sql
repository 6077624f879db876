-- Each member chooses how many top picks their weekly batch on Discover holds (and how many more
-- each "Show more" loads); the choices are those of src/accounts/picks-per-week.ts.
ALTER TABLE users
  ADD COLUMN picks_per_week smallint NOT NULL DEFAULT 5 CHECK (picks_per_week IN (3, 5, 10, 15, 20));
