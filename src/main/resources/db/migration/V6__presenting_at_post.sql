-- Presenting at the post (§8.6): to whom the post was offered, until when, and what happened.
ALTER TABLE candidate ADD COLUMN offer_status VARCHAR(16);
ALTER TABLE candidate ADD COLUMN offered_on DATE;
ALTER TABLE candidate ADD COLUMN presenting_deadline DATE;
