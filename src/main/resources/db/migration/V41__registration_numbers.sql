-- Registration numbers (a candidate's code, §8.1.4(5), §8.1.5(27)(a)) are reserved when the
-- Registry's registration task is created, so that the form shows the number before the file is
-- registered. One allocator gives every number, in increasing order, exactly once; each number's
-- fate is kept: USED by a file, or VOIDED (reserved by a registration task that closed without a
-- file, with the reason). A number is never given twice and never reused: a voided number stays
-- in the register as voided, the way a paper register marks an unused entry.
CREATE TABLE registration_counter (
    id         INT     NOT NULL PRIMARY KEY,
    last_code  BIGINT  NOT NULL
);
INSERT INTO registration_counter (id, last_code)
    SELECT 1, COALESCE(MAX(code), 1000) FROM candidate;

CREATE TABLE registration_number (
    code          BIGINT        NOT NULL PRIMARY KEY,
    contest_id    BIGINT        NOT NULL REFERENCES contest (id),
    task_id       VARCHAR(64),
    execution_id  VARCHAR(64),
    reserved_at   TIMESTAMP     NOT NULL,
    status        VARCHAR(8)    NOT NULL,
    closed_at     TIMESTAMP,
    note          VARCHAR(300),
    CONSTRAINT registration_number_status CHECK (status IN ('RESERVED', 'USED', 'VOIDED'))
);
CREATE INDEX registration_number_execution ON registration_number (execution_id, status);
INSERT INTO registration_number (code, contest_id, reserved_at, status, closed_at)
    SELECT code, contest_id, submitted_at, 'USED', submitted_at FROM candidate;

-- Codes come from the allocator only: an insert without a code fails instead of colliding.
ALTER TABLE candidate ALTER COLUMN code DROP IDENTITY;
