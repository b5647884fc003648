-- Bench profile only (ro.dosar.bench): one row per generated data set. Its primary key makes the
-- generation happen once, even when several nodes start at the same time on one database; the
-- table stays empty in every other profile.
CREATE TABLE bench_data (
    data_key    VARCHAR(32) NOT NULL PRIMARY KEY,
    candidates  INT         NOT NULL,
    contest_id  BIGINT,
    created_at  TIMESTAMP   NOT NULL
);
