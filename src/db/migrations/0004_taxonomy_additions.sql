-- Concepts, synonyms and relations that administrators add to the shipped taxonomy
-- (src/matching/taxonomy/taxonomy.json). The taxonomy is instance-wide; each addition records who
-- made it and when. Ids and terms are also checked by the application against the whole taxonomy
-- (shipped and added), which the database does not hold.

CREATE TABLE taxonomy_concepts (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(id) <= 80),
  kind text NOT NULL CHECK (kind IN ('service', 'product', 'customer', 'profession')),
  label_es text NOT NULL CHECK (char_length(label_es) BETWEEN 1 AND 80 AND label_es = btrim(label_es)),
  label_en text NOT NULL CHECK (char_length(label_en) BETWEEN 1 AND 80 AND label_en = btrim(label_en)),
  spheres text[] NOT NULL DEFAULT '{}' CHECK (cardinality(spheres) <= 2),
  added_by uuid REFERENCES users (id) ON DELETE SET NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);

-- A synonym names a shipped or an added concept, so concept_id cannot reference a table; removing
-- an added concept removes its synonyms in the same transaction.
CREATE TABLE taxonomy_synonyms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  concept_id text NOT NULL CHECK (char_length(concept_id) BETWEEN 1 AND 80),
  locale text NOT NULL CHECK (locale IN ('es', 'en')),
  term text NOT NULL CHECK (char_length(term) BETWEEN 1 AND 80 AND term = btrim(term)),
  added_by uuid REFERENCES users (id) ON DELETE SET NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX taxonomy_synonyms_term_key ON taxonomy_synonyms (concept_id, locale, lower(term));

-- Relations an added concept came with (concept_id), to or from an existing concept.
CREATE TABLE taxonomy_relations (
  concept_id text NOT NULL REFERENCES taxonomy_concepts (id) ON DELETE CASCADE,
  from_id text NOT NULL CHECK (char_length(from_id) BETWEEN 1 AND 80),
  to_id text NOT NULL CHECK (char_length(to_id) BETWEEN 1 AND 80),
  type text NOT NULL CHECK (type IN ('complements', 'supplies', 'competes')),
  CHECK (from_id <> to_id AND concept_id IN (from_id, to_id))
);
-- One relation per pair of concepts, whichever way round.
CREATE UNIQUE INDEX taxonomy_relations_pair_key ON taxonomy_relations (least(from_id, to_id), greatest(from_id, to_id));
CREATE INDEX taxonomy_relations_to_idx ON taxonomy_relations (to_id);

-- One row. `version` goes up with every change, so an instance knows its in-memory taxonomy is
-- current with one tiny read; changes lock the row, so they apply one at a time.
-- `refreshed_version`: the version whose members' match profiles were last recomputed.
CREATE TABLE taxonomy_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL DEFAULT 0,
  refreshed_version bigint NOT NULL DEFAULT 0
);
INSERT INTO taxonomy_version DEFAULT VALUES;
