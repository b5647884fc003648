-- One start of a periodic procedure per institution and period: the annual performance
-- evaluation campaign (period = the evaluated year), the Moldovan function evaluation cycle
-- (period OPEN: one at a time). The start listener refuses a second start with 409; this key
-- is the backstop for two starts at the same moment (on two nodes).
CREATE TABLE procedure_start (
    process_key          VARCHAR(64)   NOT NULL,
    institution_code     VARCHAR(32)   NOT NULL REFERENCES institution (code),
    period               VARCHAR(16)   NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    started_at           TIMESTAMP     NOT NULL,
    CONSTRAINT procedure_start_once PRIMARY KEY (process_key, institution_code, period)
);
