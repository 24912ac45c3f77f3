-- Files a lesson offers for download: a call script, a checklist, a poster of the service
-- standards. Kept in the database beside the course (BYTEA: binary varying on H2 and PostgreSQL),
-- so a backup of the database is a backup of the curriculum. A lesson's files go with it.
CREATE TABLE lesson_attachment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    lesson_id    BIGINT        NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(120)  NOT NULL,
    size_bytes   INTEGER       NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    content      BYTEA         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_lesson_attachment_name UNIQUE (lesson_id, file_name),
    CONSTRAINT fk_lesson_attachment_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
    CONSTRAINT ck_lesson_attachment_size CHECK (size_bytes > 0)
);
CREATE SEQUENCE lesson_attachment_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_lesson_attachment_lesson ON lesson_attachment (lesson_id);
