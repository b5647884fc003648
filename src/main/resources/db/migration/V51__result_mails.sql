-- The e-mail each candidate gets at each published result (issue 18 item 5): one row per
-- candidate and publication (a stage's display, its contestation results, the final results),
-- written with the e-mail, so that a step run again never sends it twice.
CREATE TABLE result_mail (
    contest_id      BIGINT       NOT NULL REFERENCES contest (id),
    publication     VARCHAR(60)  NOT NULL,
    candidate_code  BIGINT       NOT NULL REFERENCES candidate (code),
    mail_id         BIGINT,
    PRIMARY KEY (contest_id, publication, candidate_code)
);
