-- 纪要 (GB/T 9704-2012 10.3): who attended (出席), who was absent with leave (请假) and who attended without a vote
-- (列席), one name a line, at most 100 names of 60 characters each; empty for every other document.
ALTER TABLE documents_document
  ADD COLUMN attendees_present   VARCHAR(6100) NOT NULL DEFAULT '',
  ADD COLUMN attendees_on_leave  VARCHAR(6100) NOT NULL DEFAULT '',
  ADD COLUMN attendees_attending VARCHAR(6100) NOT NULL DEFAULT '';
