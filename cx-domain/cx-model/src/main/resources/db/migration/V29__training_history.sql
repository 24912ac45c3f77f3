-- Training history from an earlier learning system: an imported completion is an assignment of
-- source IMPORTED (completed on its day) with its certification, and a row here that keys it by
-- person, course and day, so that importing the same file again changes nothing. Every import is
-- kept with its counts and the rows it refused.

ALTER TABLE assignment DROP CONSTRAINT ck_assignment_source;
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_source
    CHECK (source IN ('MANUAL', 'RULE', 'RECERTIFICATION', 'IMPORTED'));

CREATE SEQUENCE completion_import_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE completion_import (
    id           BIGINT       NOT NULL PRIMARY KEY,
    source       VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(255),
    imported_by  VARCHAR(64)  NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_read    INTEGER      NOT NULL,
    created      INTEGER      NOT NULL,
    unchanged    INTEGER      NOT NULL,
    not_passed   INTEGER      NOT NULL,
    refused      INTEGER      NOT NULL
);
CREATE INDEX ix_completion_import_at ON completion_import (imported_at);

CREATE TABLE completion_import_refusal (
    import_id  BIGINT        NOT NULL,
    row_no     INTEGER       NOT NULL,
    field      VARCHAR(32)   NOT NULL,
    reason     VARCHAR(500)  NOT NULL,
    line       VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_completion_import_refusal PRIMARY KEY (import_id, row_no),
    CONSTRAINT fk_completion_import_refusal FOREIGN KEY (import_id) REFERENCES completion_import (id) ON DELETE CASCADE
);

CREATE TABLE imported_completion (
    employee_id      BIGINT      NOT NULL,
    course_code      VARCHAR(40) NOT NULL,
    completed_on     DATE        NOT NULL,
    score_percent    INTEGER,
    source           VARCHAR(64) NOT NULL,
    import_id        BIGINT      NOT NULL,
    certification_id BIGINT      NOT NULL,
    CONSTRAINT pk_imported_completion PRIMARY KEY (employee_id, course_code, completed_on),
    CONSTRAINT fk_imported_completion_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_imported_completion_import FOREIGN KEY (import_id) REFERENCES completion_import (id),
    CONSTRAINT fk_imported_completion_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT ck_imported_completion_score CHECK (score_percent IS NULL OR score_percent BETWEEN 0 AND 100)
);
