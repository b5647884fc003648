-- Start-up records made once per database (demo data): a node claims a record's key in the
-- transaction that makes the record. A second node starting at the same moment waits on the key
-- until the first commits, then finds it taken and makes nothing (issue 20). The start-up
-- advisory lock already lets one node at a time through; this key holds without it.
CREATE TABLE startup_record (
    record_key  VARCHAR(100) PRIMARY KEY,
    created_at  TIMESTAMP    NOT NULL
);
