-- 分办: a record passed to units keeps when that happened and what the units were asked to do beyond the 批示, so
-- that the people of the 主办 and 协办 units may open it from then on. Records assigned before take both from the
-- history of their 分办 step, whose words are the units' names, then the note after a full-width colon.
ALTER TABLE requests_incoming
  ADD COLUMN assigned_at     TIMESTAMP WITH TIME ZONE,
  ADD COLUMN assignment_note VARCHAR(2000);

UPDATE requests_incoming i
SET assigned_at     = s.at,
    assignment_note = CASE WHEN position('：' IN s.text) > 0
                           THEN NULLIF(substring(s.text FROM position('：' IN s.text) + 1), '') END
FROM requests_step s
WHERE s.incoming_id = i.id AND s.step = 'ASSIGN';
