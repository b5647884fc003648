-- The e-mail that tells the candidate HR's decision on his request for reasonable accommodation
-- (issue 18 item 5): the outbox message sent for it, written with the e-mail, so that the
-- decision recorded again never sends it twice.
ALTER TABLE accommodation_request ADD COLUMN decision_mail_id BIGINT;
