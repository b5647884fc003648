-- Each e-mail carries a Message-ID derived from its outbox row, the same on every attempt, so a
-- mail client or Mailpit that receives it twice (a node killed after the SMTP server accepted it
-- and before SENT was committed) shows it once. send_started counts the SMTP conversations begun
-- (committed with the claim, before the conversation); attempts counts those that ended. A row
-- with send_started > attempts + 1 when claimed, or send_started > attempts once SENT, had an
-- attempt interrupted after it began: the server may have received it twice (issue 20).
ALTER TABLE mail_outbox ADD COLUMN message_id VARCHAR(250);
ALTER TABLE mail_outbox ADD COLUMN send_started INT DEFAULT 0 NOT NULL;
CREATE UNIQUE INDEX mail_outbox_message_id ON mail_outbox (message_id);
