-- The rest of the outcomes ledger: complaints, compliments, the service delivery process with its
-- service standards, and the measured service events. Like feedback, each record is keyed by
-- (source, external id), carries its touchpoint, its day in the business time zone (occurred_on)
-- and the attribution (set of employees) it names, so the dashboard's scopes apply unchanged.

-- The service delivery process: ordered steps per touchpoint; a step may be a critical success point.
CREATE SEQUENCE service_step_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE service_step (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    touchpoint_id BIGINT       NOT NULL,
    step_order    INTEGER      NOT NULL,
    name          VARCHAR(120) NOT NULL,
    critical      BOOLEAN      NOT NULL,
    CONSTRAINT uq_service_step UNIQUE (touchpoint_id, step_order),
    CONSTRAINT fk_service_step_touchpoint FOREIGN KEY (touchpoint_id) REFERENCES touchpoint (id)
);

-- A service standard: a measurable target at a step. An event meets it when its measured value is
-- at most (AT_MOST) or at least (AT_LEAST) the target, in the standard's unit.
CREATE SEQUENCE service_standard_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE service_standard (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(160)  NOT NULL,
    step_id     BIGINT        NOT NULL,
    comparison  VARCHAR(8)    NOT NULL,
    target      NUMERIC(12,2) NOT NULL,
    unit        VARCHAR(16)   NOT NULL,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uq_service_standard_code UNIQUE (code),
    CONSTRAINT fk_service_standard_step FOREIGN KEY (step_id) REFERENCES service_step (id),
    CONSTRAINT ck_service_standard_comparison CHECK (comparison IN ('AT_MOST', 'AT_LEAST')),
    CONSTRAINT ck_service_standard_unit CHECK (unit IN ('MINUTES', 'HOURS', 'DAYS', 'PERCENT', 'COUNT'))
);

INSERT INTO service_step (id, version, created_at, updated_at, touchpoint_id, step_order, name, critical) VALUES
    (1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 1, 'Answer the call', FALSE),
    (2, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 2, 'Call the customer back when promised', TRUE),
    (3, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7, 1, 'Book a visit window', FALSE),
    (4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7, 2, 'Arrive within the booked window', TRUE),
    (5, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7, 3, 'Fix it on the first visit', TRUE),
    (6, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 6, 1, 'Promise a delivery slot', FALSE),
    (7, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 6, 2, 'Deliver within the promised slot', TRUE),
    (8, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 1, 'Answer the chat', FALSE),
    (9, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 1, 'Answer the e-mail', FALSE);

INSERT INTO service_standard (id, version, created_at, updated_at, code, name, step_id, comparison, target, unit,
    active) VALUES
    (1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PHONE_ANSWER_20S', 'Answer a call within 20 seconds (measured in minutes)', 1, 'AT_MOST', 0.33, 'MINUTES', TRUE),
    (2, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'CALLBACK_30M', 'Call back within 30 minutes', 2, 'AT_MOST', 30, 'MINUTES', TRUE),
    (3, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'TECH_IN_WINDOW', 'Technician arrives within the booked window (minutes late)', 4, 'AT_MOST', 0, 'MINUTES', TRUE),
    (4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'FIRST_VISIT_FIX', 'Fixed on the first visit (visits needed)', 5, 'AT_MOST', 1, 'COUNT', TRUE),
    (5, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'DELIVERY_IN_SLOT', 'Delivery within the promised slot (minutes late)', 7, 'AT_MOST', 0, 'MINUTES', TRUE),
    (6, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'CHAT_ANSWER_2M', 'Answer a chat within 2 minutes', 8, 'AT_MOST', 2, 'MINUTES', TRUE),
    (7, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'EMAIL_ANSWER_24H', 'Answer an e-mail within 24 hours', 9, 'AT_MOST', 24, 'HOURS', TRUE);

CREATE SEQUENCE complaint_seq START WITH 100 INCREMENT BY 50;

-- A complaint; attribution_id is its owner employee. Resolution time is resolved_at - occurred_at.
CREATE TABLE complaint (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    source                   VARCHAR(64)  NOT NULL,
    external_id              VARCHAR(128) NOT NULL,
    customer_ref             VARCHAR(64),
    occurred_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_on              DATE         NOT NULL,
    touchpoint_id            BIGINT       NOT NULL,
    attribution_id           BIGINT       NOT NULL,
    category                 VARCHAR(64)  NOT NULL,
    severity                 VARCHAR(8)   NOT NULL,
    first_response_at        TIMESTAMP WITH TIME ZONE,
    resolved_at              TIMESTAMP WITH TIME ZONE,
    first_contact_resolution BOOLEAN,
    root_cause_fixed         BOOLEAN,
    root_cause_note          VARCHAR(2000),
    content_hash             VARCHAR(64)  NOT NULL,
    batch_id                 BIGINT       NOT NULL,
    received_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_complaint_source_external UNIQUE (source, external_id),
    CONSTRAINT fk_complaint_attribution FOREIGN KEY (attribution_id) REFERENCES attribution (id),
    CONSTRAINT ck_complaint_severity CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'))
);
CREATE INDEX ix_complaint_day ON complaint (occurred_on, attribution_id);

CREATE SEQUENCE compliment_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE compliment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    source         VARCHAR(64)  NOT NULL,
    external_id    VARCHAR(128) NOT NULL,
    customer_ref   VARCHAR(64),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_on    DATE         NOT NULL,
    touchpoint_id  BIGINT       NOT NULL,
    attribution_id BIGINT       NOT NULL,
    comment_text   VARCHAR(4000),
    content_hash   VARCHAR(64)  NOT NULL,
    batch_id       BIGINT       NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_compliment_source_external UNIQUE (source, external_id),
    CONSTRAINT fk_compliment_attribution FOREIGN KEY (attribution_id) REFERENCES attribution (id)
);
CREATE INDEX ix_compliment_day ON compliment (occurred_on, attribution_id);

CREATE SEQUENCE service_event_seq START WITH 100 INCREMENT BY 50;

-- One measurement of a standard; touchpoint_id is the standard's step's touchpoint.
CREATE TABLE service_event (
    id             BIGINT        NOT NULL PRIMARY KEY,
    source         VARCHAR(64)   NOT NULL,
    external_id    VARCHAR(128)  NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_on    DATE          NOT NULL,
    touchpoint_id  BIGINT        NOT NULL,
    attribution_id BIGINT        NOT NULL,
    standard_id    BIGINT        NOT NULL,
    measured_value NUMERIC(12,2),
    met            BOOLEAN       NOT NULL,
    content_hash   VARCHAR(64)   NOT NULL,
    batch_id       BIGINT        NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_service_event_source_external UNIQUE (source, external_id),
    CONSTRAINT fk_service_event_attribution FOREIGN KEY (attribution_id) REFERENCES attribution (id),
    CONSTRAINT fk_service_event_standard FOREIGN KEY (standard_id) REFERENCES service_standard (id)
);
CREATE INDEX ix_service_event_day ON service_event (occurred_on, attribution_id);

-- A complaint opens a follow-up too; its recovery outcome is the complaint's.
ALTER TABLE follow_up ALTER COLUMN feedback_id DROP NOT NULL;
ALTER TABLE follow_up ADD COLUMN complaint_id BIGINT;
ALTER TABLE follow_up ADD CONSTRAINT uq_follow_up_complaint UNIQUE (complaint_id);
ALTER TABLE follow_up ADD CONSTRAINT fk_follow_up_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id);
ALTER TABLE follow_up ADD CONSTRAINT ck_follow_up_subject
    CHECK ((feedback_id IS NULL AND complaint_id IS NOT NULL) OR (feedback_id IS NOT NULL AND complaint_id IS NULL));
ALTER TABLE follow_up DROP CONSTRAINT ck_follow_up_reason;
ALTER TABLE follow_up ADD CONSTRAINT ck_follow_up_reason CHECK (reason IN ('DETRACTOR', 'LOW_CSAT', 'COMPLAINT'));
