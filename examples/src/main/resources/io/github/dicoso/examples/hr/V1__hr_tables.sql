-- The HR-database example of dicoso (io.github.dicoso.examples.hr): the tables an HR system keeps
-- (officers, their service periods, leaves and grassroots visits) and the table the evaluation job
-- writes back (one row per officer and year: summary columns and the evaluation as a JSON document
-- of dicoso-jackson, docs/schema/evaluation.schema.json). Plain SQL for PostgreSQL and H2; safe to
-- run again. Levels, kinds and dates are not constrained here, as an HR system's data often is not:
-- the job checks every row it reads and names the bad ones.

CREATE TABLE IF NOT EXISTS officers (
  officer_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  full_name        VARCHAR(200) NOT NULL DEFAULT '',
  officer_level    VARCHAR(32)  NOT NULL,
  employment       VARCHAR(32)  NOT NULL,
  committee_member BOOLEAN      NOT NULL DEFAULT FALSE,
  department       VARCHAR(200) NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS service_periods (
  officer_id VARCHAR(64) NOT NULL REFERENCES officers (officer_id),
  start_date DATE        NOT NULL,
  end_date   DATE,
  PRIMARY KEY (officer_id, start_date)
);

CREATE TABLE IF NOT EXISTS leaves (
  leave_id   VARCHAR(64) NOT NULL PRIMARY KEY,
  officer_id VARCHAR(64) NOT NULL,
  kind       VARCHAR(32) NOT NULL,
  start_date DATE        NOT NULL,
  end_date   DATE        NOT NULL
);

CREATE TABLE IF NOT EXISTS visits (
  visit_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
  officer_id   VARCHAR(64)   NOT NULL,
  start_date   DATE          NOT NULL,
  end_date     DATE          NOT NULL,
  kinds        VARCHAR(200)  NOT NULL DEFAULT '',
  host_unit    VARCHAR(200)  NOT NULL,
  host_level   VARCHAR(32)   NOT NULL,
  invited_only BOOLEAN       NOT NULL DEFAULT FALSE,
  approved     BOOLEAN       NOT NULL DEFAULT TRUE,
  travel_order BOOLEAN       NOT NULL DEFAULT TRUE,
  half_day     BOOLEAN       NOT NULL DEFAULT FALSE,
  report_date  DATE,
  description  VARCHAR(2000) NOT NULL DEFAULT ''
);

CREATE INDEX IF NOT EXISTS visits_by_start ON visits (start_date);

CREATE TABLE IF NOT EXISTS evaluations (
  eval_year      INTEGER      NOT NULL,
  officer_id     VARCHAR(64)  NOT NULL,
  policy         VARCHAR(200) NOT NULL,
  status         VARCHAR(32)  NOT NULL,
  required_days  NUMERIC(6,1) NOT NULL,
  credited_days  NUMERIC(6,1) NOT NULL,
  shortfall_days NUMERIC(6,1) NOT NULL,
  findings       INTEGER      NOT NULL,
  document       TEXT         NOT NULL,
  PRIMARY KEY (eval_year, officer_id)
);
