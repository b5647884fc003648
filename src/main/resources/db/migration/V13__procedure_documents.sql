-- Documents of procedures other than contests (disciplinary cases, evaluations) share the
-- contest_document table: they are owned by the procedure's business key instead.
ALTER TABLE contest_document ALTER COLUMN contest_id DROP NOT NULL;
ALTER TABLE contest_document ADD COLUMN owner_key VARCHAR(100);
CREATE INDEX contest_document_owner ON contest_document (owner_key);
