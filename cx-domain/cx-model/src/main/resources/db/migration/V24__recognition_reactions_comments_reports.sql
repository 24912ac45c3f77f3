-- The feed's conversation: colleagues react to a recognition (one of each reaction per person) and
-- comment on it; anyone who sees it may report it for HR to review, and the share-of-allowance rule
-- may flag it in the same queue. HR keeps it, or hides it from the feed (hidden_at); its points
-- stay where they are unless HR also reverses them.
ALTER TABLE recognition ADD COLUMN hidden_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE recognition_reaction (
    recognition_id  BIGINT       NOT NULL,
    employee_id     BIGINT       NOT NULL,
    reaction        VARCHAR(12)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_recognition_reaction PRIMARY KEY (recognition_id, employee_id, reaction),
    CONSTRAINT fk_recognition_reaction_recognition FOREIGN KEY (recognition_id) REFERENCES recognition (id),
    CONSTRAINT fk_recognition_reaction_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_recognition_reaction CHECK (reaction IN ('APPLAUSE', 'HEART', 'INSPIRED'))
);

CREATE TABLE recognition_comment (
    id               BIGINT        NOT NULL PRIMARY KEY,
    recognition_id   BIGINT        NOT NULL,
    author_id        BIGINT        NOT NULL,
    body             VARCHAR(500)  NOT NULL,
    idempotency_key  VARCHAR(120)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_recognition_comment_key UNIQUE (idempotency_key),
    CONSTRAINT fk_recognition_comment_recognition FOREIGN KEY (recognition_id) REFERENCES recognition (id),
    CONSTRAINT fk_recognition_comment_author FOREIGN KEY (author_id) REFERENCES employee (id)
);
CREATE SEQUENCE recognition_comment_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_recognition_comment ON recognition_comment (recognition_id, created_at);

CREATE TABLE recognition_report (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    recognition_id  BIGINT        NOT NULL,
    reporter_id     BIGINT,
    reason          VARCHAR(500)  NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(80),
    decision_note   VARCHAR(500),
    CONSTRAINT uq_recognition_report UNIQUE (recognition_id, reporter_id),
    CONSTRAINT fk_recognition_report_recognition FOREIGN KEY (recognition_id) REFERENCES recognition (id),
    CONSTRAINT fk_recognition_report_reporter FOREIGN KEY (reporter_id) REFERENCES employee (id),
    CONSTRAINT ck_recognition_report_status CHECK (status IN ('OPEN', 'KEPT', 'HIDDEN')),
    CONSTRAINT ck_recognition_report_decided CHECK ((status = 'OPEN') = (decided_at IS NULL))
);
CREATE SEQUENCE recognition_report_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_recognition_report_status ON recognition_report (status, created_at);
