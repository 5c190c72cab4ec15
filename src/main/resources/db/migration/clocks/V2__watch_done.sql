-- The watch is done with a clock once it has published the overdue event and every escalation step: the clock may
-- still run (nobody answered), but it no longer takes a place in the watch's batch, which would otherwise fill up
-- with such clocks and leave newer ones unwatched. A change through the facade (pause, resume, restart, extension)
-- makes the watch look at the clock again.
ALTER TABLE clocks_clock ADD COLUMN watch_done BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX clocks_clock_watched_ix ON clocks_clock (due_at) WHERE status = 'RUNNING' AND NOT watch_done;
