-- Foundation: accounts, sessions, communities, profiles, media, outgoing email.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accent-insensitive stemming for both product languages: "diseñadora" and "diseno" meet at "disen".
CREATE TEXT SEARCH CONFIGURATION sinergia_es (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION sinergia_es
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION sinergia_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION sinergia_en
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND email = lower(email)),
  password_hash text,
  locale text NOT NULL DEFAULT 'es' CHECK (locale IN ('es', 'en')),
  time_zone text NOT NULL DEFAULT 'Europe/Madrid' CHECK (char_length(time_zone) <= 64),
  is_instance_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE password_reset_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id);

CREATE TABLE communities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 64),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- At most one default community, the one every new member joins.
CREATE UNIQUE INDEX communities_one_default ON communities (is_default) WHERE is_default;

CREATE TABLE community_memberships (
  community_id uuid NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin')),
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (community_id, user_id)
);
CREATE INDEX community_memberships_user_idx ON community_memberships (user_id);

CREATE TABLE media (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
  bytes bytea NOT NULL CHECK (octet_length(bytes) <= 2097152),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 80),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
  headline text NOT NULL DEFAULT '' CHECK (char_length(headline) <= 140),
  company text NOT NULL DEFAULT '' CHECK (char_length(company) <= 120),
  sector text NOT NULL DEFAULT '' CHECK (char_length(sector) <= 80),
  city text NOT NULL DEFAULT '' CHECK (char_length(city) <= 80),
  region text NOT NULL DEFAULT '' CHECK (char_length(region) <= 80),
  country text NOT NULL DEFAULT '' CHECK (country = '' OR country ~ '^[A-Z]{2}$'),
  languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 10),
  photo_url text NOT NULL DEFAULT '' CHECK (char_length(photo_url) <= 500),
  offers text[] NOT NULL DEFAULT '{}' CHECK (cardinality(offers) <= 20),
  needs text[] NOT NULL DEFAULT '{}' CHECK (cardinality(needs) <= 20),
  goals text[] NOT NULL DEFAULT '{}' CHECK (goals <@ ARRAY['clients','partners','suppliers','investors','mentors','talent','learning']),
  remote boolean NOT NULL DEFAULT false,
  pitch text NOT NULL DEFAULT '' CHECK (char_length(pitch) <= 1000),
  website text NOT NULL DEFAULT '' CHECK (char_length(website) <= 300),
  links jsonb NOT NULL DEFAULT '[]',
  visibility text NOT NULL DEFAULT 'members' CHECK (visibility IN ('public', 'members', 'private')),
  onboarding_completed_at timestamptz,
  -- Written by the application from every searchable field; both language configurations index it.
  search_document text NOT NULL DEFAULT '',
  search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('sinergia_es'::regconfig, search_document) || to_tsvector('sinergia_en'::regconfig, search_document)
  ) STORED,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profiles_search_idx ON profiles USING gin (search_vector);
CREATE INDEX profiles_search_trgm_idx ON profiles USING gin (search_document gin_trgm_ops);
CREATE INDEX profiles_languages_idx ON profiles USING gin (languages);
CREATE INDEX profiles_goals_idx ON profiles USING gin (goals);
CREATE INDEX profiles_city_idx ON profiles (lower(city));
CREATE INDEX profiles_country_idx ON profiles (country);

CREATE TABLE outbound_emails (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
