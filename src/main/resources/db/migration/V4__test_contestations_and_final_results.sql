-- Contestations of a test's result re-scored by the contestation commission (§8.5C(4)-(6)),
-- and the final result of each candidate (§8.3(14)-(19), §8.5C(8)).

ALTER TABLE contestation ADD COLUMN test_id BIGINT REFERENCES contest_test (id);
ALTER TABLE contestation ADD COLUMN recorrection_rounds INT DEFAULT 0 NOT NULL;
ALTER TABLE contestation ADD COLUMN original_score_fraction VARCHAR(80);
ALTER TABLE contestation ADD COLUMN new_score_fraction VARCHAR(80);

-- Each contestation-commission member's own re-scoring, per round and criterion.
CREATE TABLE contestation_sheet (
    contestation_id  BIGINT        NOT NULL REFERENCES contestation (id),
    member_id        VARCHAR(64)   NOT NULL,
    round            INT           NOT NULL,
    criterion        INT           NOT NULL,
    points           DECIMAL(6, 2) NOT NULL,
    PRIMARY KEY (contestation_id, member_id, round, criterion)
);

ALTER TABLE candidate ADD COLUMN final_score_fraction VARCHAR(80);
ALTER TABLE candidate ADD COLUMN final_display_score DECIMAL(5, 2);
ALTER TABLE candidate ADD COLUMN final_status VARCHAR(16);
ALTER TABLE candidate ADD COLUMN final_rank INT;
ALTER TABLE candidate ADD COLUMN tie_break VARCHAR(32);
