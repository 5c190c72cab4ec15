-- A to-do item's due moment may come from a statutory clock (时限); pages explain it from the clock.
ALTER TABLE todo_item DROP COLUMN due_explanation;
ALTER TABLE todo_item ADD COLUMN clock_id UUID;
