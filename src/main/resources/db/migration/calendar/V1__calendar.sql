-- 工作日历: one row per year with its version and last change, and the dates that differ from the
-- Monday-to-Friday week (holidays off, 调休 weekend days working). Seeded from the bundled notices at start.
CREATE TABLE calendar_year
(
  year       INTEGER                  NOT NULL PRIMARY KEY,
  version    BIGINT                   NOT NULL,
  changed_by VARCHAR(100)             NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT calendar_year_range_ck CHECK (year BETWEEN 2000 AND 2100),
  CONSTRAINT calendar_year_version_ck CHECK (version > 0)
);

CREATE TABLE calendar_day
(
  date    DATE        NOT NULL PRIMARY KEY,
  year    INTEGER     NOT NULL REFERENCES calendar_year (year),
  name    VARCHAR(40) NOT NULL,
  off_day BOOLEAN     NOT NULL,
  CONSTRAINT calendar_day_year_ck CHECK (EXTRACT(YEAR FROM date) = year)
);

CREATE INDEX calendar_day_year_ix ON calendar_day (year);
