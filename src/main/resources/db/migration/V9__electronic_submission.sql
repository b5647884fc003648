-- The PDFs of a file submitted electronically (§8.1.4(5)-(7), FILE-01–FILE-07): kept in the
-- database with their checksum; a file name never becomes a path on disk.
CREATE TABLE candidate_file (
    candidate_code  BIGINT        NOT NULL REFERENCES candidate (code),
    document        VARCHAR(1)    NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    size_bytes      INT           NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    content         BYTEA         NOT NULL,
    PRIMARY KEY (candidate_code, document)
);

-- The Annex 3 consents and declarations of an application (FILE-10).
ALTER TABLE candidate ADD COLUMN consents VARCHAR(300);
