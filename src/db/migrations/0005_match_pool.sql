-- Discover now finds candidates in an in-memory pool of match profiles (src/matching/pool/), kept
-- in step by reading the rows changed since it last looked: the GIN indexes and the derived
-- columns that served the SQL candidate query go. Each row records the transaction that last wrote
-- it; a reader that remembers the oldest transaction still running when it last read
-- (pg_snapshot_xmin) reads again exactly the rows that could have appeared since, whatever the
-- commit order or the instances' clocks.
DROP INDEX match_profiles_offer_concepts_idx;
DROP INDEX match_profiles_need_concepts_idx;
DROP INDEX match_profiles_spheres_idx;
DROP INDEX match_profiles_languages_idx;
DROP INDEX match_profiles_business_types_idx;
DROP INDEX match_profiles_referral_places_idx;
ALTER TABLE match_profiles DROP COLUMN spheres, DROP COLUMN referral_places;
ALTER TABLE match_profiles ADD COLUMN changed_in xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX match_profiles_changed_in_idx ON match_profiles (changed_in);
-- Who may see the member, so the pool never ranks a profile the viewer may not see: the profile's
-- visibility and whether the member is in the default community (for "community members only").
ALTER TABLE match_profiles
  ADD COLUMN visibility text NOT NULL DEFAULT 'members' CHECK (visibility IN ('public', 'members', 'private')),
  ADD COLUMN in_default_community boolean NOT NULL DEFAULT true;
