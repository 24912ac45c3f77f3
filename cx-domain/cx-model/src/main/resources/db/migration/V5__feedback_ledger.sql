-- The customer feedback ledger: touchpoints, feedback records keyed by (source, external id), the
-- sets of employees a record names ("attributions", shared by every record naming the same set),
-- ingestion receipts, and daily rollups per day x touchpoint x attribution maintained in the same
-- transaction as the records (docs/METRICS.md says why sums of counts give exact metrics).

CREATE SEQUENCE touchpoint_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE attribution_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE feedback_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE feedback_batch_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE touchpoint (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT uq_touchpoint_code UNIQUE (code),
    CONSTRAINT ck_touchpoint_channel CHECK (channel IN ('STORE', 'PHONE', 'CHAT', 'EMAIL', 'WEB', 'DELIVERY',
        'FIELD_SERVICE'))
);

-- The touchpoints every installation starts with; HR may rename, add and retire them.
INSERT INTO touchpoint (id, version, created_at, updated_at, code, name, channel, active, sort_order) VALUES
    (1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'STORE', 'Store visit', 'STORE', TRUE, 1),
    (2, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PHONE', 'Phone call', 'PHONE', TRUE, 2),
    (3, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'CHAT', 'Chat and messaging', 'CHAT', TRUE, 3),
    (4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'EMAIL', 'E-mail', 'EMAIL', TRUE, 4),
    (5, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'WEB', 'Website and app', 'WEB', TRUE, 5),
    (6, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'DELIVERY', 'Home delivery', 'DELIVERY', TRUE, 6),
    (7, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'FIELD_SERVICE', 'Installation and repair visit', 'FIELD_SERVICE', TRUE, 7);

-- A set of employee numbers, written sorted and comma-joined as its key; '' is the empty set.
CREATE TABLE attribution (
    id              BIGINT        NOT NULL PRIMARY KEY,
    attribution_key VARCHAR(400)  NOT NULL,
    CONSTRAINT uq_attribution_key UNIQUE (attribution_key)
);
INSERT INTO attribution (id, attribution_key) VALUES (1, '');

-- employee_id stays NULL while the number is unknown to the directory; an import fills it in.
CREATE TABLE attribution_member (
    attribution_id  BIGINT      NOT NULL,
    employee_number VARCHAR(32) NOT NULL,
    employee_id     BIGINT,
    CONSTRAINT pk_attribution_member PRIMARY KEY (attribution_id, employee_number),
    CONSTRAINT fk_attribution_member_attribution FOREIGN KEY (attribution_id) REFERENCES attribution (id),
    CONSTRAINT fk_attribution_member_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
CREATE INDEX ix_attribution_member_employee ON attribution_member (employee_id, attribution_id);
CREATE INDEX ix_attribution_member_number ON attribution_member (employee_number);

CREATE TABLE feedback_batch (
    id             BIGINT      NOT NULL PRIMARY KEY,
    source         VARCHAR(64) NOT NULL,
    submitted_by   VARCHAR(64) NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    record_count   INTEGER     NOT NULL,
    accepted       INTEGER     NOT NULL,
    updated        INTEGER     NOT NULL,
    duplicates     INTEGER     NOT NULL,
    unattributed   INTEGER     NOT NULL,
    rejected       INTEGER     NOT NULL,
    duration_ms    BIGINT      NOT NULL
);
CREATE INDEX ix_feedback_batch_received ON feedback_batch (received_at);

CREATE TABLE feedback_batch_rejection (
    batch_id     BIGINT       NOT NULL,
    record_index INTEGER      NOT NULL,
    external_id  VARCHAR(128),
    field        VARCHAR(64),
    reason       VARCHAR(500) NOT NULL,
    CONSTRAINT pk_feedback_batch_rejection PRIMARY KEY (batch_id, record_index),
    CONSTRAINT fk_feedback_batch_rejection_batch FOREIGN KEY (batch_id) REFERENCES feedback_batch (id) ON DELETE CASCADE
);

CREATE TABLE feedback (
    id             BIGINT        NOT NULL PRIMARY KEY,
    source         VARCHAR(64)   NOT NULL,
    external_id    VARCHAR(128)  NOT NULL,
    customer_ref   VARCHAR(64),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_on    DATE          NOT NULL,
    touchpoint_id  BIGINT        NOT NULL,
    attribution_id BIGINT        NOT NULL,
    nps            SMALLINT,
    csat           SMALLINT,
    ces            SMALLINT,
    comment_text   VARCHAR(4000),
    tags           VARCHAR(500),
    content_hash   VARCHAR(64)   NOT NULL,
    batch_id       BIGINT        NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_feedback_source_external UNIQUE (source, external_id),
    CONSTRAINT fk_feedback_touchpoint FOREIGN KEY (touchpoint_id) REFERENCES touchpoint (id),
    CONSTRAINT fk_feedback_attribution FOREIGN KEY (attribution_id) REFERENCES attribution (id),
    CONSTRAINT fk_feedback_batch FOREIGN KEY (batch_id) REFERENCES feedback_batch (id),
    CONSTRAINT ck_feedback_nps CHECK (nps IS NULL OR (nps >= 0 AND nps <= 10)),
    CONSTRAINT ck_feedback_csat CHECK (csat IS NULL OR (csat >= 1 AND csat <= 5)),
    CONSTRAINT ck_feedback_ces CHECK (ces IS NULL OR (ces >= 1 AND ces <= 7))
);
-- Drill-downs read a period's records of some attributions.
CREATE INDEX ix_feedback_day ON feedback (occurred_on, attribution_id);

CREATE TABLE feedback_rollup (
    occurred_on     DATE    NOT NULL,
    touchpoint_id   BIGINT  NOT NULL,
    attribution_id  BIGINT  NOT NULL,
    responses       INTEGER NOT NULL,
    nps_responses   INTEGER NOT NULL,
    promoters       INTEGER NOT NULL,
    passives        INTEGER NOT NULL,
    detractors      INTEGER NOT NULL,
    csat_responses  INTEGER NOT NULL,
    csat_satisfied  INTEGER NOT NULL,
    csat_sum        INTEGER NOT NULL,
    ces_responses   INTEGER NOT NULL,
    ces_easy        INTEGER NOT NULL,
    ces_sum         INTEGER NOT NULL,
    -- No foreign keys: every rollup row is derived from feedback rows, which carry them; checking
    -- them again on every upsert halved the ingestion rate (docs/PERFORMANCE.md).
    CONSTRAINT pk_feedback_rollup PRIMARY KEY (occurred_on, touchpoint_id, attribution_id)
);
CREATE INDEX ix_feedback_rollup_attribution ON feedback_rollup (attribution_id, occurred_on);
