-- A candidate's personal follow-up link (issue 18 item 5): the SHA-256 of the token given once
-- with the code of an electronic application; the token itself is never stored.
ALTER TABLE candidate ADD COLUMN follow_up_token_hash VARCHAR(64);
CREATE UNIQUE INDEX candidate_follow_up_token ON candidate (follow_up_token_hash);
