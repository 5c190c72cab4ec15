-- 定时任务运行记录: which scheduled job ran when, on which application node, and how it ended. With several
-- nodes each job takes a lock (table shedlock), so one period has one run; this table shows it.
CREATE TABLE system_job_run
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job         VARCHAR(64)  NOT NULL,
  node        VARCHAR(128) NOT NULL,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  outcome     VARCHAR(16)  NOT NULL,
  detail      VARCHAR(500)
);
CREATE INDEX system_job_run_job_ix ON system_job_run (job, started_at DESC);
