-- Discover: each member's profile mapped to taxonomy concepts, feedback on recommendations, and
-- members' corrections of the concepts found in their offers and needs.

-- Denormalised from profiles, accounts and communities by the application whenever a profile is
-- saved; candidate generation queries it through the GIN indexes.
CREATE TABLE match_profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  offer_concepts text[] NOT NULL DEFAULT '{}',
  need_concepts text[] NOT NULL DEFAULT '{}',
  -- Customer types the member's own business is (from its sector): whom "supplies" relations reach.
  business_types text[] NOT NULL DEFAULT '{}',
  spheres text[] NOT NULL DEFAULT '{}',
  -- Spheres and kinds of clients served, alone and with the member's city and region
  -- ("weddings-events@city:malaga", "…@anywhere" when remote): "referral partners nearby" in one
  -- selective index lookup where a sphere alone matches a large share of members.
  referral_places text[] NOT NULL DEFAULT '{}',
  -- Spoken languages with the locale included, so "shares a language" is one overlap test.
  languages text[] NOT NULL DEFAULT '{}',
  locale text NOT NULL DEFAULT 'es' CHECK (locale IN ('es', 'en')),
  city text NOT NULL DEFAULT '',
  region text NOT NULL DEFAULT '',
  country text NOT NULL DEFAULT '',
  remote boolean NOT NULL DEFAULT false,
  goals text[] NOT NULL DEFAULT '{}',
  -- Slugs of the communities joined besides the default one, which everybody shares.
  communities text[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Without fastupdate: a GIN pending list makes every search scan it until a vacuum merges it, and
-- embedded PGlite never vacuums on its own. Profile saves are few next to Discover queries.
CREATE INDEX match_profiles_offer_concepts_idx ON match_profiles USING gin (offer_concepts) WITH (fastupdate = off);
CREATE INDEX match_profiles_need_concepts_idx ON match_profiles USING gin (need_concepts) WITH (fastupdate = off);
CREATE INDEX match_profiles_spheres_idx ON match_profiles USING gin (spheres) WITH (fastupdate = off);
CREATE INDEX match_profiles_languages_idx ON match_profiles USING gin (languages) WITH (fastupdate = off);
CREATE INDEX match_profiles_business_types_idx ON match_profiles USING gin (business_types) WITH (fastupdate = off);
CREATE INDEX match_profiles_referral_places_idx ON match_profiles USING gin (referral_places) WITH (fastupdate = off);

CREATE TABLE match_feedback (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  candidate_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('interested', 'not-relevant', 'competitor')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, candidate_id),
  CHECK (user_id <> candidate_id)
);

CREATE TABLE concept_corrections (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  side text NOT NULL CHECK (side IN ('offer', 'need')),
  phrase text NOT NULL CHECK (char_length(phrase) BETWEEN 1 AND 80),
  concept_ids text[] NOT NULL DEFAULT '{}' CHECK (cardinality(concept_ids) <= 10),
  PRIMARY KEY (user_id, side, phrase)
);
