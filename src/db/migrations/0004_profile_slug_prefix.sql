-- New profiles take the first free "base", "base-2", … slug; finding the taken ones by prefix must
-- use an index (a regular expression over every slug made large imports quadratic).
CREATE INDEX profiles_slug_prefix ON profiles (slug text_pattern_ops);
