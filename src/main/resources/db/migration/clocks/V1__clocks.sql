-- 时限: one row per clock (its rule, the moment the period runs from, the due moment and what the watch has sent),
-- the time not counted, the extensions granted, and the history of every step.
CREATE TABLE clocks_clock
(
  id               UUID                     NOT NULL PRIMARY KEY,
  subject_module   VARCHAR(40)              NOT NULL,
  subject_type     VARCHAR(40)              NOT NULL,
  subject_id       VARCHAR(100)             NOT NULL,
  rule             VARCHAR(60)              NOT NULL,
  status           VARCHAR(10)              NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  restart_reason   VARCHAR(200),
  due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  stopped_at       TIMESTAMP WITH TIME ZONE,
  reminders_sent   INTEGER                  NOT NULL DEFAULT 0,
  overdue_notified BOOLEAN                  NOT NULL DEFAULT FALSE,
  escalations      INTEGER                  NOT NULL DEFAULT 0,
  CONSTRAINT clocks_clock_status_ck CHECK (status IN ('RUNNING', 'PAUSED', 'STOPPED'))
);

CREATE INDEX clocks_clock_open_ix ON clocks_clock (status, due_at) WHERE status <> 'STOPPED';
CREATE INDEX clocks_clock_subject_ix ON clocks_clock (subject_module, subject_type, subject_id);

CREATE TABLE clocks_pause
(
  clock_id UUID                     NOT NULL REFERENCES clocks_clock (id) ON DELETE CASCADE,
  position INTEGER                  NOT NULL,
  from_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  to_at    TIMESTAMP WITH TIME ZONE,
  reason   VARCHAR(200)             NOT NULL,
  PRIMARY KEY (clock_id, position)
);

CREATE TABLE clocks_extension
(
  clock_id    UUID                     NOT NULL REFERENCES clocks_clock (id) ON DELETE CASCADE,
  position    INTEGER                  NOT NULL,
  reason      VARCHAR(200)             NOT NULL,
  approved_by VARCHAR(100)             NOT NULL,
  granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (clock_id, position)
);

CREATE TABLE clocks_history
(
  id       BIGSERIAL                NOT NULL PRIMARY KEY,
  clock_id UUID                     NOT NULL REFERENCES clocks_clock (id) ON DELETE CASCADE,
  at       TIMESTAMP WITH TIME ZONE NOT NULL,
  action   VARCHAR(60)              NOT NULL,
  details  TEXT                     NOT NULL
);

CREATE INDEX clocks_history_clock_ix ON clocks_history (clock_id, id);
