-- The institutions whose HR procedures Dosar runs. Every procedure record refers to one.
-- country: RO or MD (decides the holiday calendar and, for MD, the Camunda tenant).
CREATE TABLE institution (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    country     VARCHAR(2)   NOT NULL,
    tenant_id   VARCHAR(64),
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT institution_country CHECK (country IN ('RO', 'MD'))
);
