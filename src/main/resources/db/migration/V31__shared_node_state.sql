-- What several nodes of one installation must see alike (issue 20): nothing of it is kept in a
-- node's memory.

-- Abuse limits of the public forms (electronic submission, complaints): every counted attempt of
-- a network address, per limit. A subject row per address and limit is locked while an attempt
-- is counted, so that two nodes counting at once see each other's attempts.
CREATE TABLE rate_limit_subject (
    bucket      VARCHAR(40)   NOT NULL,
    subject     VARCHAR(100)  NOT NULL,
    last_at     TIMESTAMP     NOT NULL,
    CONSTRAINT rate_limit_subject_pk PRIMARY KEY (bucket, subject)
);
CREATE TABLE rate_limit_attempt (
    bucket      VARCHAR(40)   NOT NULL,
    subject     VARCHAR(100)  NOT NULL,
    attempted_at TIMESTAMP    NOT NULL,
    CONSTRAINT rate_limit_attempt_subject FOREIGN KEY (bucket, subject)
        REFERENCES rate_limit_subject (bucket, subject) ON DELETE CASCADE
);
CREATE INDEX rate_limit_attempt_at ON rate_limit_attempt (bucket, subject, attempted_at);

-- HTTP sessions of the Camunda webapps (Tasklist, Cockpit, Admin), shared by every node: Spring
-- Session JDBC's own schema (schema-postgresql.sql of spring-session-jdbc; H2 reads it as well).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID             CHAR(36)      NOT NULL,
    SESSION_ID             CHAR(36)      NOT NULL,
    CREATION_TIME          BIGINT        NOT NULL,
    LAST_ACCESS_TIME       BIGINT        NOT NULL,
    MAX_INACTIVE_INTERVAL  INT           NOT NULL,
    EXPIRY_TIME            BIGINT        NOT NULL,
    PRINCIPAL_NAME         VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);
CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID     CHAR(36)      NOT NULL,
    ATTRIBUTE_NAME         VARCHAR(200)  NOT NULL,
    ATTRIBUTE_BYTES        BYTEA         NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID)
        REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
