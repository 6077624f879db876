-- Repeated no-shows lower a member's place in Discover: the match profile carries how many meetings
-- the member missed, as the meetings domain reports it (one per meeting, only once it has begun).
ALTER TABLE match_profiles ADD COLUMN no_shows integer NOT NULL DEFAULT 0 CHECK (no_shows >= 0);

-- No-shows reported before this column existed.
UPDATE match_profiles p
SET no_shows = missed.n, changed_in = pg_current_xact_id()
FROM (
  SELECT CASE WHEN n.user_id = m.proposer_id THEN m.invitee_id ELSE m.proposer_id END AS user_id, count(*)::int AS n
  FROM meeting_notes n JOIN meetings m ON m.id = n.meeting_id
  WHERE n.no_show AND m.status = 'accepted' AND m.starts_at <= now()
  GROUP BY 1
) missed
WHERE p.user_id = missed.user_id;
