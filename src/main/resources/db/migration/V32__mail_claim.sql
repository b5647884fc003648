-- An e-mail is claimed (SENDING, committed on its own) before it is handed to the SMTP server, and
-- marked SENT (committed on its own) as soon as the server took it: a retried delivery job, or a
-- second node running the same job after its lock expired, finds it claimed or sent and does not
-- send it again (issue 20). A claim older than the SMTP timeouts belongs to a node that died
-- during the conversation; the next attempt takes it over.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status
    CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'HELD'));
ALTER TABLE mail_outbox ADD COLUMN claimed_at TIMESTAMP;
