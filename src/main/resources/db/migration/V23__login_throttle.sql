-- Failed logins, counted per user id ("u:<id>") and per client address ("a:<address>"), shared by
-- every node of a cluster. A key's row is forgotten once its last failure is older than the
-- configured window (dosar.security.login.forget-after); times are epoch milliseconds (UTC).
CREATE TABLE login_throttle (
    throttle_key          VARCHAR(200)   PRIMARY KEY,
    failures              INT            NOT NULL,
    last_failure_ms       BIGINT         NOT NULL
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_ms);
