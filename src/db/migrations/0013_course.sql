-- The short course: which lessons each member has marked as done. Lessons themselves are content
-- in the code (src/coach/course/lessons), so a slug is checked for shape, not against a table.
CREATE TABLE course_progress (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  lesson_slug text NOT NULL CHECK (lesson_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(lesson_slug) <= 80),
  completed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, lesson_slug)
);
