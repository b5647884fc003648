-- Candidate self-service (issue 18 item 5).
-- The follow-up token of a file registered at the Registry, kept only until the Registry's
-- receipt shows it once to the clerk (then the row is deleted); the candidate's file keeps only
-- the token's hash (candidate.follow_up_token_hash, V43).
CREATE TABLE follow_up_receipt (
    candidate_code  BIGINT       NOT NULL PRIMARY KEY REFERENCES candidate (code),
    token           VARCHAR(64)  NOT NULL,
    issued_at       TIMESTAMP    NOT NULL
);
